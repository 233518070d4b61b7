package kr.innocluster.portal.pilotfactory;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import kr.innocluster.portal.IntegrationTest;
import kr.innocluster.portal.base.RuleException;
import kr.innocluster.portal.base.storage.FileStorage;
import kr.innocluster.portal.base.storage.UploadedFile;
import kr.innocluster.portal.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Resource photos live in the file storage, typed by their content (PNG, JPEG, WebP only); photos stored in the
 * database before V42 are moved there once.
 */
@IntegrationTest
class ResourcePhotoServiceTest {

    @Autowired
    PilotFactoryService factory;
    @Autowired
    PilotFactoryFixtures fixtures;
    @Autowired
    LegacyPhotoMove legacyPhotoMove;
    @Autowired
    FileStorage storage;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void reset() {
        TestUsers.signOut();
    }

    @Test
    void aPhotoIsKeptAsAFileAndServedWithTheTypeItsContentShows() throws IOException {
        ResourceSummary line = fixtures.resource("사진", d -> { });
        byte[] png = image("png");
        TestUsers.signIn("operator", "operator");
        factory.setPhoto(line.id(), upload("line.jpg", "image/jpeg", png));

        String firstKey = storageKey(line.id());
        assertThat(firstKey).matches("[0-9a-f]{32}");
        assertThat(jdbc.queryForObject("select content is null from pf_resource_photo where resource_id = ?",
                Boolean.class, line.id())).isTrue();
        TestUsers.signIn("company", "company");
        assertThat(factory.resource(line.id()).hasPhoto()).isTrue();
        assertThat(factory.photo(line.id())).hasValueSatisfying(photo -> {
            assertThat(photo.contentType()).isEqualTo("image/png");
            assertThat(photo.content()).isEqualTo(png);
        });
        assertThatThrownBy(() -> factory.removePhoto(line.id())).isInstanceOf(AccessDeniedException.class);

        TestUsers.signIn("operator", "operator");
        byte[] jpeg = image("jpg");
        factory.setPhoto(line.id(), upload("line.png", "image/png", jpeg));
        assertThat(factory.photo(line.id()).orElseThrow().contentType()).isEqualTo("image/jpeg");
        assertThat(storageKey(line.id())).isNotEqualTo(firstKey);
        assertThatThrownBy(() -> storage.size(firstKey)).isInstanceOf(UncheckedIOException.class);

        String secondKey = storageKey(line.id());
        factory.removePhoto(line.id());
        assertThat(factory.photo(line.id())).isEmpty();
        assertThatThrownBy(() -> storage.size(secondKey)).isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void onlyPngJpegAndWebpUpToTwoMegabytesAreAccepted() throws IOException {
        ResourceSummary line = fixtures.resource("사진 거절", d -> { });
        TestUsers.signIn("operator", "operator");
        byte[] svg = "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8);
        byte[] gif = "GIF89a...".getBytes(StandardCharsets.US_ASCII);
        byte[] tooLarge = new byte[(int) PilotFactoryService.MAX_PHOTO_BYTES + 1];
        System.arraycopy(image("png"), 0, tooLarge, 0, 8);

        for (byte[] refused : new byte[][]{svg, gif, tooLarge}) {
            assertThatThrownBy(() -> factory.setPhoto(line.id(), upload("photo.png", "image/png", refused)))
                    .isInstanceOfSatisfying(RuleException.class,
                            e -> assertThat(e.fieldErrorKeys()).containsEntry("photo", "pf.error.photo"));
        }
        byte[] webp = "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII);
        factory.setPhoto(line.id(), upload("photo", "application/octet-stream", webp));
        assertThat(factory.photo(line.id()).orElseThrow().contentType()).isEqualTo("image/webp");
    }

    @Test
    void photosStoredInTheDatabaseBeforeAreMovedIntoTheFileStorageOnce() throws IOException {
        ResourceSummary withPhoto = fixtures.resource("옛 사진", d -> { });
        ResourceSummary withSvg = fixtures.resource("옛 SVG", d -> { });
        byte[] png = image("png");
        jdbc.update("insert into pf_resource_photo (resource_id, content_type, content) values (?, ?, ?)",
                withPhoto.id(), "image/x-png", png);
        jdbc.update("insert into pf_resource_photo (resource_id, content_type, content) values (?, ?, ?)",
                withSvg.id(), "image/svg+xml", "<svg/>".getBytes(StandardCharsets.UTF_8));
        TestUsers.signIn("company", "company");
        // Until it is moved, the photo is read from the database.
        assertThat(factory.photo(withPhoto.id()).orElseThrow().content()).isEqualTo(png);

        legacyPhotoMove.moveLegacyPhotos();
        legacyPhotoMove.moveLegacyPhotos();

        assertThat(storageKey(withPhoto.id())).matches("[0-9a-f]{32}");
        assertThat(jdbc.queryForObject("select content is null from pf_resource_photo where resource_id = ?",
                Boolean.class, withPhoto.id())).isTrue();
        assertThat(factory.photo(withPhoto.id())).hasValueSatisfying(photo -> {
            assertThat(photo.contentType()).isEqualTo("image/png");
            assertThat(photo.content()).isEqualTo(png);
        });
        assertThat(factory.photo(withSvg.id())).isEmpty();
    }

    private String storageKey(long resourceId) {
        return jdbc.queryForObject("select storage_key from pf_resource_photo where resource_id = ?", String.class,
                resourceId);
    }

    private static UploadedFile upload(String name, String contentType, byte[] content) throws IOException {
        Path file = Files.createTempFile("pf-photo-", ".upload");
        file.toFile().deleteOnExit();
        Files.write(file, content);
        return new UploadedFile(name, contentType, file, content.length);
    }

    private static byte[] image(String format) throws IOException {
        BufferedImage image = new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 4, 0x1F5FAD);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
