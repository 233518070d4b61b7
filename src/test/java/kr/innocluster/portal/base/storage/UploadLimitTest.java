package kr.innocluster.portal.base.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import kr.innocluster.portal.base.RuleException;
import kr.innocluster.portal.base.i18n.PortalI18NProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An upload above its limit is refused with a clear message while it streams in (it is never held whole in memory),
 * the receiver never sees it, and nothing of it stays on disk: neither the temporary file nor a stored file.
 */
class UploadLimitTest {

    private static final long TWO_MB = 2L * 1024 * 1024;

    @TempDir
    Path temporary;
    @TempDir
    Path storageRoot;

    @Test
    void anUploadAboveItsLimitIsRefusedWithAClearMessageAndNothingIsKept() throws IOException {
        AtomicBoolean received = new AtomicBoolean();

        assertThatThrownBy(() -> TemporaryUploads.receive(temporary, endless(TWO_MB + 1), "big.pdf",
                "application/pdf", TWO_MB, file -> received.set(true)))
                .isInstanceOfSatisfying(RuleException.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo(FileStorage.TOO_LARGE);
                    PortalI18NProvider i18n = new PortalI18NProvider();
                    assertThat(i18n.getTranslation(refusal.messageKey(), Locale.KOREAN, refusal.args()))
                            .isEqualTo("파일이 너무 큽니다. 2 MB 이하의 파일만 올릴 수 있습니다.");
                    assertThat(i18n.getTranslation(refusal.messageKey(), Locale.ENGLISH, refusal.args()))
                            .isEqualTo("The file is too large. Files up to 2 MB can be uploaded.");
                });

        assertThat(received).isFalse();
        assertThat(filesIn(temporary)).isZero();
    }

    @Test
    void anUploadWithinItsLimitReachesTheReceiverAndItsTemporaryFileGoesAfterwards() throws IOException {
        Path[] seen = new Path[1];

        TemporaryUploads.receive(temporary, endless(TWO_MB), "exact.pdf", "application/pdf", TWO_MB, file -> {
            assertThat(file.size()).isEqualTo(TWO_MB);
            assertThat(Files.exists(file.content())).isTrue();
            seen[0] = file.content();
        });

        assertThat(seen[0]).isNotNull();
        assertThat(filesIn(temporary)).isZero();
    }

    @Test
    void theStorageRefusesAFileAboveItsLimitAndKeepsNoPartOfIt() throws IOException {
        FileStorage storage = new FileStorage(storageRoot, 0);

        assertThatThrownBy(() -> storage.store(endless(TWO_MB + 1), TWO_MB))
                .isInstanceOfSatisfying(RuleException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo(FileStorage.TOO_LARGE));
        assertThatThrownBy(() -> storage.store(new ByteArrayInputStream(new byte[0]), TWO_MB))
                .isInstanceOfSatisfying(RuleException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo(FileStorage.EMPTY));

        assertThat(filesIn(storageRoot)).isZero();
        String key = storage.store(endless(1000), TWO_MB);
        assertThat(storage.size(key)).isEqualTo(1000);
        assertThat(filesIn(storageRoot)).isOne();
    }

    /** {@code length} bytes, produced as they are read (nothing of that size exists in memory). */
    static InputStream endless(long length) {
        return new InputStream() {
            private long left = length;

            @Override
            public int read() {
                if (left <= 0) {
                    return -1;
                }
                left--;
                return 'x';
            }

            @Override
            public int read(byte[] buffer, int offset, int count) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(count, left);
                java.util.Arrays.fill(buffer, offset, offset + n, (byte) 'x');
                left -= n;
                return n;
            }
        };
    }

    private static long filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}
