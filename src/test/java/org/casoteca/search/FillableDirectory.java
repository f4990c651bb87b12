package org.casoteca.search;

import java.io.IOException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;

/**
 * A real index directory whose disk can be "filled": while full, creating or writing any file fails
 * with the IOException a full disk gives, as Lucene would meet it; freed, it works again.
 */
final class FillableDirectory extends FilterDirectory {

  private volatile boolean full;

  FillableDirectory(Directory in) {
    super(in);
  }

  void fill() {
    full = true;
  }

  void free() {
    full = false;
  }

  private void check() throws IOException {
    if (full) {
      throw new IOException("No space left on device");
    }
  }

  @Override
  public IndexOutput createOutput(String name, IOContext context) throws IOException {
    check();
    return new Output(super.createOutput(name, context));
  }

  @Override
  public IndexOutput createTempOutput(String prefix, String suffix, IOContext context)
      throws IOException {
    check();
    return new Output(super.createTempOutput(prefix, suffix, context));
  }

  /** Fails every write while the disk is full, also to files opened before it filled up. */
  private final class Output extends IndexOutput {

    private final IndexOutput out;

    Output(IndexOutput out) {
      super("fillable(" + out + ")", out.getName());
      this.out = out;
    }

    @Override
    public void writeByte(byte b) throws IOException {
      check();
      out.writeByte(b);
    }

    @Override
    public void writeBytes(byte[] b, int offset, int length) throws IOException {
      check();
      out.writeBytes(b, offset, length);
    }

    @Override
    public long getFilePointer() {
      return out.getFilePointer();
    }

    @Override
    public long getChecksum() throws IOException {
      return out.getChecksum();
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }
}
