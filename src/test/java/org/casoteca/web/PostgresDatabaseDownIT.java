package org.casoteca.web;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casoteca.TcpProxy;
import org.casoteca.TestDatabases;

/** The same faults with PostgreSQL behind the proxy (skipped when no PostgreSQL is available). */
class PostgresDatabaseDownIT extends DatabaseDownTest {

  private static final Pattern HOST_AND_PORT = Pattern.compile("//([^/:?]+):(\\d+)/");

  @Override
  Map<String, Object> datasource() throws Exception {
    Map<String, Object> properties = new HashMap<>(TestDatabases.freshPostgresSchema());
    String url = (String) properties.get("datasources.default.url");
    Matcher m = HOST_AND_PORT.matcher(url);
    if (!m.find()) {
      throw new IllegalStateException("Cannot read host and port from " + url);
    }
    proxy = new TcpProxy(m.group(1), Integer.parseInt(m.group(2))).start();
    properties.put("datasources.default.url", m.replaceFirst("//127.0.0.1:" + proxy.port() + "/"));
    return properties;
  }
}
