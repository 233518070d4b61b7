package kr.innocluster.portal.pilotproject;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kr.innocluster.portal.base.storage.FileStorage;
import kr.innocluster.portal.base.storage.UploadedFile;
import kr.innocluster.portal.pilotproject.domain.PilotProject;
import kr.innocluster.portal.pilotproject.domain.Run;
import kr.innocluster.portal.pilotproject.domain.RunFile;
import kr.innocluster.portal.pilotproject.domain.RunFileRepository;
import org.springframework.stereotype.Component;

/** Run data files in the file storage: stored with their SHA-256 computed while streaming, and listed per run. */
@Component
class RunFiles {

    static final long MAX_BYTES = RunDataCheck.MAX_MEGABYTES * 1024L * 1024L;

    private final RunFileRepository files;
    private final FileStorage storage;
    private final ProjectAccess access;

    RunFiles(RunFileRepository files, FileStorage storage, ProjectAccess access) {
        this.files = files;
        this.storage = storage;
        this.access = access;
    }

    /** Stores the content (removed again if the transaction rolls back); returns the key and the checksum. */
    Stored store(UploadedFile file) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = new DigestInputStream(file.open(), digest)) {
            String key = storage.store(in, MAX_BYTES);
            return new Stored(key, HexFormat.of().formatHex(digest.digest()), storage.size(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Stored(String key, String sha256, long size) {
    }

    List<RunView> runViews(PilotProject project, List<Run> runs) {
        boolean downloadable = access.mayDownload(project);
        Map<Long, List<RunFileView>> byRun = files.findByProjectIdOrderByUploadedAt(project.getId()).stream()
                .map(f -> view(f, downloadable))
                .collect(Collectors.groupingBy(RunFileView::runId));
        return runs.stream().map(r -> new RunView(r.getId(), r.getBookingId(), r.getResourceName(), r.getStartedAt(),
                r.getEndedAt(), r.getLineConditions(), r.getDeviations(), r.getLoggedByName(), r.getLoggedAt(),
                byRun.getOrDefault(r.getId(), List.of()))).toList();
    }

    static RunFileView view(RunFile f, boolean downloadable) {
        return new RunFileView(f.getId(), f.getRunId(), f.getFileName(), f.getFormat(), f.getSizeBytes(),
                f.getSha256(), f.getUploadedByName(), f.getUploadedAt(), downloadable);
    }
}
