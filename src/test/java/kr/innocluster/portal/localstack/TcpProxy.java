package kr.innocluster.portal.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A plain TCP proxy on a port of its own in front of one part (PostgreSQL, Keycloak, SMTP), so a fault test can make
 * the part disappear for the portal without stopping it: {@link #cut()} drops every open connection and refuses new
 * ones (as a stopped server does), {@link #hang()} keeps connections open but passes no byte (as a frozen server or a
 * dead network does), {@link #restore()} forwards again on the same port.
 */
public final class TcpProxy implements AutoCloseable {

    public enum Mode { FORWARD, CUT, HANG }

    private final int port;
    private final String targetHost;
    private final int targetPort;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile Mode mode = Mode.FORWARD;
    private volatile ServerSocket server;

    private TcpProxy(int port, String targetHost, int targetPort) {
        this.port = port;
        this.targetHost = targetHost;
        this.targetPort = targetPort;
    }

    public static TcpProxy start(String targetHost, int targetPort) {
        TcpProxy proxy = new TcpProxy(LocalPaths.freePort(), targetHost, targetPort);
        proxy.listen();
        return proxy;
    }

    public int port() {
        return port;
    }

    public Mode mode() {
        return mode;
    }

    /** Drops every open connection and refuses new ones (connection refused), like a stopped server. */
    public synchronized void cut() {
        mode = Mode.CUT;
        closeServer();
        closeOpenConnections();
    }

    /** Keeps accepting, but no byte passes in either direction any more: a frozen server. */
    public synchronized void hang() {
        mode = Mode.HANG;
    }

    /** Forwards again (same port); connections that hung are dropped, as the frozen server's would be. */
    public synchronized void restore() {
        Mode before = mode;
        mode = Mode.FORWARD;
        if (before == Mode.HANG) {
            closeOpenConnections();
        }
        if (server == null || server.isClosed()) {
            listen();
        }
    }

    private void listen() {
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 100);
            server = socket;
            Thread.ofVirtual().name("proxy-accept-" + port).start(() -> acceptLoop(socket));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not listen on " + port, e);
        }
    }

    private void acceptLoop(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                open.add(client);
                Thread.ofVirtual().start(() -> connect(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void connect(Socket client) {
        try {
            while (mode == Mode.HANG) {
                Thread.sleep(50);
            }
            if (mode == Mode.CUT) {
                close(client);
                return;
            }
            Socket upstream = new Socket(targetHost, targetPort);
            open.add(upstream);
            Thread.ofVirtual().start(() -> pump(client, upstream));
            pump(upstream, client);
        } catch (IOException | InterruptedException e) {
            close(client);
        }
    }

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                while (mode == Mode.HANG) {
                    Thread.sleep(50);
                }
                if (mode == Mode.CUT) {
                    break;
                }
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException | InterruptedException ended) {
            // one side closed or the proxy cut the line
        } finally {
            close(from);
            close(to);
        }
    }

    private void closeServer() {
        ServerSocket socket = server;
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // already closed
            }
        }
    }

    private void closeOpenConnections() {
        for (Socket socket : open) {
            close(socket);
        }
    }

    private void close(Socket socket) {
        open.remove(socket);
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() {
        mode = Mode.CUT;
        closeServer();
        closeOpenConnections();
    }
}
