package org.casoteca;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP forwarder to a database, for fault tests: {@link #stop()} refuses new connections and cuts
 * the open ones, as a database host that went away would; {@link #start()} serves again on the same
 * port. The database behind it never notices.
 */
public final class TcpProxy implements AutoCloseable {

  private final InetSocketAddress target;
  private final List<Socket> open = new CopyOnWriteArrayList<>();
  private int port;
  private ServerSocket listener;

  public TcpProxy(String host, int targetPort) {
    this.target = new InetSocketAddress(host, targetPort);
  }

  /** The port clients connect to; the same after a stop and a start. */
  public int port() {
    return port;
  }

  public synchronized TcpProxy start() throws IOException {
    ServerSocket socket = new ServerSocket();
    socket.setReuseAddress(true);
    socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    port = socket.getLocalPort();
    listener = socket;
    Thread accepting = new Thread(() -> accept(socket), "tcp-proxy-" + port);
    accepting.setDaemon(true);
    accepting.start();
    return this;
  }

  public synchronized void stop() {
    if (listener != null) {
      closeQuietly(listener);
      listener = null;
    }
    open.forEach(TcpProxy::closeQuietly);
    open.clear();
  }

  @Override
  public void close() {
    stop();
  }

  private void accept(ServerSocket socket) {
    while (!socket.isClosed()) {
      try {
        Socket client = socket.accept();
        Socket server = new Socket();
        server.connect(target);
        open.add(client);
        open.add(server);
        pump(client, server);
        pump(server, client);
      } catch (IOException e) {
        // The listener was closed by stop(), or the target refused: the client sees a cut.
      }
    }
  }

  private void pump(Socket from, Socket to) {
    Thread t =
        new Thread(
            () -> {
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
              } catch (IOException e) {
                // A cut connection ends the pump.
              } finally {
                closeQuietly(from);
                closeQuietly(to);
              }
            },
            "tcp-proxy-pump");
    t.setDaemon(true);
    t.start();
  }

  private static void closeQuietly(AutoCloseable c) {
    try {
      c.close();
    } catch (Exception e) {
      // Already closed.
    }
  }
}
