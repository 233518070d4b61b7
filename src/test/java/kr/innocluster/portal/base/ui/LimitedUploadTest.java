package kr.innocluster.portal.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kr.innocluster.portal.base.storage.FileStorage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The portal's upload handler limits request and file on the server, refuses a file above its limit with the message
 * of the base bundle (the browser shows it beside the file), and every {@code Upload} of the portal uses it.
 */
class LimitedUploadTest {

    @Test
    void theLimitsHoldOnTheServer() {
        LimitedUpload upload = LimitedUpload.ofMegabytes(2, file -> { });

        assertThat(upload.getFileSizeMax()).isEqualTo(2L * 1024 * 1024);
        assertThat(upload.getRequestSizeMax()).isBetween(2L * 1024 * 1024, 2L * 1024 * 1024 + 128 * 1024);
        assertThat(upload.getFileCountMax()).isOne();
    }

    @Test
    void aFileAboveTheLimitIsRejectedWithAClearMessageAndNeverReachesTheReceiver() {
        AtomicBoolean received = new AtomicBoolean();
        LimitedUpload upload = LimitedUpload.ofMegabytes(1, file -> received.set(true));
        UI ui = mock(UI.class);
        when(ui.getTranslation(eq(FileStorage.TOO_LARGE), any(Object[].class)))
                .thenReturn("파일이 너무 큽니다. 1 MB 이하의 파일만 올릴 수 있습니다.");
        UploadEvent event = mock(UploadEvent.class);
        when(event.getUI()).thenReturn(ui);
        when(event.getFileName()).thenReturn("big.pdf");
        when(event.getContentType()).thenReturn("application/pdf");
        when(event.getInputStream()).thenReturn(bytes(1024 * 1024 + 1));

        upload.handleUploadRequest(event);

        verify(event).reject("파일이 너무 큽니다. 1 MB 이하의 파일만 올릴 수 있습니다.");
        assertThat(received).isFalse();
    }

    @Test
    void everyUploadOfThePortalUsesTheLimitedHandler() throws IOException {
        Pattern upload = Pattern.compile("new Upload\\(([^)]*)");
        List<Path> sources;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            sources = files.filter(f -> f.toString().endsWith(".java")).toList();
        }
        int uploads = 0;
        for (Path source : sources) {
            Matcher m = upload.matcher(Files.readString(source, StandardCharsets.UTF_8));
            while (m.find()) {
                uploads++;
                assertThat(m.group(1)).as(source + ": " + m.group()).startsWith("LimitedUpload.");
            }
        }
        assertThat(uploads).isGreaterThanOrEqualTo(2);
    }

    private static InputStream bytes(long length) {
        return new InputStream() {
            private long left = length;

            @Override
            public int read() {
                return left-- > 0 ? 'x' : -1;
            }
        };
    }
}
