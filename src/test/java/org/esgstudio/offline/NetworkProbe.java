package org.esgstudio.offline;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.StandardProtocolFamily;
import java.net.URL;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The offline test's proof that its guard works (docs/reliability/offline.md): run in a child JVM, it tries every kind
 * of network access the JDK offers against a listener of the test and prints one line per attempt,
 * {@code name: REFUSED}, {@code name: CONNECTED} or {@code name: FAILED reason}. Arguments: the listener's TCP port
 * and, optionally, {@code --resolve} to also look up a host name (only under the guard: it would otherwise really
 * ask DNS) and a Unix-domain socket path.
 */
public final class NetworkProbe {
    private NetworkProbe() {
    }

    interface Attempt {
        void run() throws Exception;
    }

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        boolean resolve = args.length > 1 && args[1].equals("--resolve");
        Map<String, Attempt> attempts = new LinkedHashMap<>();
        attempts.put("tcp-socket", () -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5000);
                socket.getOutputStream().write('s');
            }
        });
        attempts.put("nio-channel", () -> {
            try (SocketChannel channel = SocketChannel.open(new InetSocketAddress(InetAddress.getLoopbackAddress(),
                    port))) {
                channel.write(java.nio.ByteBuffer.wrap(new byte[] {'n'}));
            }
        });
        attempts.put("http-url", () -> {
            HttpURLConnection connection = (HttpURLConnection) new URL("http://127.0.0.1:" + port + "/update-check")
                    .openConnection();
            connection.setConnectTimeout(5000);
            connection.connect();
            connection.disconnect();
        });
        attempts.put("udp-datagram", () -> {
            try (DatagramSocket socket = new DatagramSocket()) {
                socket.send(new DatagramPacket(new byte[] {'u'}, 1, InetAddress.getLoopbackAddress(), port));
            }
        });
        attempts.put("tcp-listen", () -> {
            try (ServerSocket server = new ServerSocket(0)) {
                server.getLocalPort();
            }
        });
        if (resolve) {
            attempts.put("dns-lookup", () -> InetAddress.getByName("esg-studio-offline-probe.example.com"));
            attempts.put("unix-socket", () -> {
                Path path = Path.of(System.getProperty("java.io.tmpdir"), "esg-offline-probe.sock");
                try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
                    channel.connect(UnixDomainSocketAddress.of(path));
                }
            });
        }
        for (Map.Entry<String, Attempt> attempt : attempts.entrySet()) {
            String outcome;
            try {
                attempt.getValue().run();
                outcome = "CONNECTED";
            } catch (SecurityException refused) {
                outcome = "REFUSED";
            } catch (Exception failed) {
                outcome = "FAILED " + failed;
            }
            System.out.println(attempt.getKey() + ": " + outcome);
        }
    }
}
