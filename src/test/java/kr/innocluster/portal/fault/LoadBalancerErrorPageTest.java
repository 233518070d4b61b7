package kr.innocluster.portal.fault;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import kr.innocluster.portal.localstack.LocalPaths;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The load balancer's own page for "no portal node is ready" ({@code docker/haproxy/errors/503.http}, served by
 * HAProxy's {@code errorfile 503}) is a complete, correct HTTP response with a friendly Korean and English page.
 */
class LoadBalancerErrorPageTest {

    @Test
    void theNoNodeReadyPageIsACompleteFriendlyHttpResponse() throws Exception {
        byte[] file = Files.readAllBytes(LocalPaths.projectDir().resolve("docker/haproxy/errors/503.http"));
        int split = indexOf(file, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(split).as("headers end with an empty line").isPositive();
        String head = new String(file, 0, split, StandardCharsets.US_ASCII);
        byte[] body = Arrays.copyOfRange(file, split + 4, file.length);
        String html = new String(body, StandardCharsets.UTF_8);

        assertThat(head).startsWith("HTTP/1.1 503 Service Unavailable\r\n")
                .contains("\r\nContent-Type: text/html; charset=utf-8")
                .contains("\r\nCache-Control: no-cache")
                .contains("\r\nRetry-After: ")
                .contains("\r\nContent-Length: " + body.length);
        assertThat(html).contains("<html lang=\"ko\">").contains("포털을 잠시 이용할 수 없습니다")
                .contains("The portal is temporarily unavailable").contains("href=\"/\"")
                .doesNotContain("<script");
        assertThat(file.length).as("fits HAProxy's buffer (tune.bufsize 16 kB)").isLessThan(16_000);
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
