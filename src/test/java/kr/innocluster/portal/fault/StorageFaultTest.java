package kr.innocluster.portal.fault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kr.innocluster.portal.base.RuleException;
import kr.innocluster.portal.base.i18n.PortalI18NProvider;
import kr.innocluster.portal.base.storage.FileStorage;
import kr.innocluster.portal.base.storage.UploadedFile;
import kr.innocluster.portal.localstack.FaultStack;
import kr.innocluster.portal.pilotfactory.PilotFactoryFixtures;
import kr.innocluster.portal.pilotfactory.PilotFactoryService;
import kr.innocluster.portal.pilotfactory.ResourceSummary;
import kr.innocluster.portal.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The upload folder cannot be written (its parent is a file: even root cannot create it) or is full (the fault
 * stack's storage holds {@value FaultStack#STORAGE_QUOTA_BYTES} bytes): the upload is refused with a clear message,
 * and no database row is left pointing at a file that is not there.
 */
class StorageFaultTest extends FaultTestBase {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @Autowired
    PilotFactoryService factory;
    @Autowired
    PilotFactoryFixtures fixtures;
    @Autowired
    PortalI18NProvider i18n;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void anUnwritableUploadFolderRefusesTheUploadClearlyAndStoresNothing() throws Exception {
        ResourceSummary resource = fixtures.resource("저장소 장애", d -> { });
        TestUsers.signIn("operator", "operator");
        faults().breakStorage();

        assertThatThrownBy(() -> factory.setPhoto(resource.id(), photo(50_000)))
                .isInstanceOfSatisfying(RuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(FileStorage.UNAVAILABLE));
        assertThat(photoRows(resource.id())).isZero();
        assertThat(i18n.getTranslation(FileStorage.UNAVAILABLE, Locale.KOREAN))
                .contains("파일을 저장할 수 없습니다").doesNotContain("Exception");

        faults().repairStorage();
        factory.setPhoto(resource.id(), photo(50_000));
        assertThat(photoRows(resource.id())).isOne();
        assertThat(rowsPointingAtMissingFiles()).isEmpty();
    }

    @Test
    void aFullStorageRefusesTheUploadClearlyAndKeepsWhatItHas() throws Exception {
        TestUsers.signIn("operator", "operator");
        List<Long> refused = new ArrayList<>();
        RuleException full = null;
        // fill the size-limited storage with 1.2 MB photos until it says it is full
        for (int i = 0; i < 4 && full == null; i++) {
            ResourceSummary resource = fixtures.resource("저장소 가득", d -> { });
            TestUsers.signIn("operator", "operator");
            try {
                factory.setPhoto(resource.id(), photo(1_200_000));
            } catch (RuleException e) {
                full = e;
                refused.add(resource.id());
            }
        }

        assertThat(full).as("the storage said it is full").isNotNull();
        assertThat(full.messageKey()).isEqualTo(FileStorage.FULL);
        assertThat(i18n.getTranslation(FileStorage.FULL, Locale.KOREAN)).contains("가득");
        assertThat(photoRows(refused.getFirst())).isZero();
        assertThat(rowsPointingAtMissingFiles()).isEmpty();
        assertThat(storedBytes()).isLessThanOrEqualTo(FaultStack.STORAGE_QUOTA_BYTES);
    }

    /** A PNG (by its signature) of {@code size} bytes, as an upload's temporary file. */
    private static UploadedFile photo(int size) throws IOException {
        byte[] content = new byte[size];
        System.arraycopy(PNG_SIGNATURE, 0, content, 0, PNG_SIGNATURE.length);
        Path file = Files.createTempFile("fault-photo-", ".png");
        Files.write(file, content);
        file.toFile().deleteOnExit();
        return new UploadedFile("photo.png", "image/png", file, size);
    }

    private static int photoRows(long resourceId) throws Exception {
        try (Connection connection = DriverManager.getConnection(faults().jdbcUrl());
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(
                     "select count(*) from pf_resource_photo where resource_id = " + resourceId)) {
            row.next();
            return row.getInt(1);
        }
    }

    /** Storage keys in the database (photos, application documents) whose file is not in the storage. */
    private static List<String> rowsPointingAtMissingFiles() throws Exception {
        List<String> missing = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(faults().jdbcUrl());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select storage_key from pf_resource_photo "
                     + "where storage_key is not null union all select storage_key from application_document "
                     + "where storage_key is not null")) {
            while (rows.next()) {
                String key = rows.getString(1);
                if (!Files.isRegularFile(faults().storageDir().resolve(key.substring(0, 2)).resolve(key))) {
                    missing.add(key);
                }
            }
        }
        return missing;
    }

    private static long storedBytes() throws IOException {
        try (var files = Files.walk(faults().storageDir())) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }
}
