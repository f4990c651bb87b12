package org.casoteca;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Says on the console why tests were skipped (no PostgreSQL, no Chromium): Surefire and Failsafe
 * count skipped tests but do not print the reason an assumption gave. One line per test class and
 * reason.
 */
public class SkipReasons implements TestExecutionListener {

  private final Set<String> told = ConcurrentHashMap.newKeySet();

  @Override
  public void executionSkipped(TestIdentifier test, String reason) {
    tell(test, reason);
  }

  @Override
  public void executionFinished(TestIdentifier test, TestExecutionResult result) {
    if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
      tell(test, result.getThrowable().map(Throwable::getMessage).orElse("aborted"));
    }
  }

  private void tell(TestIdentifier test, String reason) {
    String where = test.getSource().map(SkipReasons::className).orElse(test.getDisplayName());
    String line = "SKIPPED " + where.substring(where.lastIndexOf('.') + 1) + ": " + reason;
    if (told.add(line)) {
      System.out.println(line);
    }
  }

  private static String className(TestSource source) {
    if (source instanceof MethodSource m) {
      return m.getClassName();
    }
    if (source instanceof ClassSource c) {
      return c.getClassName();
    }
    return source.toString();
  }
}
