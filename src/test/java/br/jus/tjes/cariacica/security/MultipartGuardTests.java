package br.jus.tjes.cariacica.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

import javax.sql.DataSource;

import br.jus.tjes.cariacica.support.StaffBrowser;
import br.jus.tjes.cariacica.support.StaffTestAccounts;
import br.jus.tjes.cariacica.support.WebClientSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Multipart bodies are taken only at the staff CSV import, from a staff member with the
 * role. Before, the CSRF check made Tomcat parse (and spool to disk) a 16 MB anonymous
 * upload to any address before refusing it. Each refusal here answers while most of the
 * declared body was never sent: proof that nothing waited to read it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MultipartGuardTests {

    private static final String BOUNDARY = "limite-de-teste";

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Test
    void anonymousMultipartToAnAddressWithoutUploadsIsRefusedWith415BeforeTheBodyArrives() throws IOException {
        for (String path : new String[] { "/assistente", "/admin/entrar", "/api/chat", "/pauta" }) {
            String response = sendHeadAndAKilobyte(path);

            assertThat(response).as(path).startsWith("HTTP/1.1 415").contains("Formato não aceito");
        }
    }

    @Test
    void anonymousMultipartToTheStaffImportIsRefusedWith403BeforeTheBodyArrives() throws IOException {
        String response = sendHeadAndAKilobyte("/admin/pauta/importar");

        assertThat(response).startsWith("HTTP/1.1 403").contains("Acesso não permitido");
    }

    @Test
    void anEditorStillUploadsACsvFileToTheImport() {
        var editor = new StaffBrowser(this.port);
        editor.login(StaffTestAccounts.create(this.dataSource, "EDITOR"), StaffTestAccounts.PASSWORD);
        String token = editor.csrfToken("/admin/pauta/importar");
        byte[] body = multipart("arquivo", "pauta.csv", "coluna;estranha\nx;y\n", token);

        var response = WebClientSupport.send(WebClientSupport.request(this.port, "/admin/pauta/importar")
            .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
            .header("Accept", "text/html")
            .header("Cookie", StaffBrowser.SESSION_COOKIE + "=" + editor.session())
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Coluna desconhecida no cabeçalho");
    }

    /**
     * Declares a 15 MB multipart body, sends 1 KB of it and reads the answer; the server
     * must answer without the rest (a read timeout fails the test).
     */
    private String sendHeadAndAKilobyte(String path) throws IOException {
        try (var socket = new Socket("localhost", this.port)) {
            socket.setSoTimeout(15_000);
            String head = "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n"
                    + "Content-Type: multipart/form-data; boundary=" + BOUNDARY + "\r\n"
                    + "Content-Length: 15000000\r\n\r\n";
            var out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(("--" + BOUNDARY
                    + "\r\nContent-Disposition: form-data; name=\"arquivo\"; filename=\"a.csv\"\r\n\r\n"
                    + "x".repeat(1024))
                .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return readResponse(socket.getInputStream());
        }
    }

    private static String readResponse(InputStream in) throws IOException {
        var read = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) > 0) {
            read.write(buffer, 0, n);
            String text = read.toString(StandardCharsets.UTF_8);
            if (text.contains("</html>") || text.contains("\r\n0\r\n\r\n")) {
                break;
            }
        }
        return read.toString(StandardCharsets.UTF_8);
    }

    private static byte[] multipart(String field, String fileName, String content, String csrfToken) {
        String body = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrfToken
                + "\r\n--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: text/csv\r\n\r\n" + content + "\r\n--" + BOUNDARY + "--\r\n";
        return body.getBytes(StandardCharsets.UTF_8);
    }

}
