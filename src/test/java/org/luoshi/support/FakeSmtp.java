package org.luoshi.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A minimal SMTP server on a loopback port that accepts every message and keeps its recipients and data. */
public final class FakeSmtp implements AutoCloseable {

    public record Mail(List<String> recipients, String data) {}

    private final ServerSocket server;
    private final List<Mail> received = new CopyOnWriteArrayList<>();
    private final java.util.Set<String> refused = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public FakeSmtp() throws IOException {
        server = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
        Thread accept = new Thread(this::serve, "fake-smtp");
        accept.setDaemon(true);
        accept.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    /** Refuses (550) or accepts again mail for an address, as a server with a full mailbox would. */
    public void refuse(String address, boolean refuse) {
        if (refuse) {
            refused.add(address);
        } else {
            refused.remove(address);
        }
    }

    public List<Mail> received() {
        return List.copyOf(received);
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                talk(s);
            } catch (IOException e) {
                // closed, or a client that went away: wait for the next one
            }
        }
    }

    private void talk(Socket s) throws IOException {
        var in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
        OutputStream out = s.getOutputStream();
        reply(out, "220 localhost");
        List<String> to = new java.util.ArrayList<>();
        String line;
        while ((line = in.readLine()) != null) {
            String upper = line.toUpperCase();
            if (upper.startsWith("EHLO") || upper.startsWith("HELO")) {
                reply(out, "250 localhost");
            } else if (upper.startsWith("RCPT TO:")) {
                String address = line.substring(8).replaceAll("[<>\\s]", "");
                if (refused.contains(address)) {
                    reply(out, "550 mailbox unavailable");
                } else {
                    to.add(address);
                    reply(out, "250 OK");
                }
            } else if (upper.startsWith("DATA")) {
                reply(out, "354 end with .");
                StringBuilder data = new StringBuilder();
                while ((line = in.readLine()) != null && !line.equals(".")) {
                    data.append(line).append('\n');
                }
                received.add(new Mail(List.copyOf(to), data.toString()));
                to.clear();
                reply(out, "250 OK");
            } else if (upper.startsWith("QUIT")) {
                reply(out, "221 bye");
                return;
            } else {
                reply(out, "250 OK");
            }
        }
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
