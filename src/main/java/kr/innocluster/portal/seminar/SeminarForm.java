package kr.innocluster.portal.seminar;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The editable copy of a seminar an official works on (times in Asia/Seoul); written back only through
 * {@link SeminarService#save(SeminarForm)} or {@link SeminarService#saveAndPublish(SeminarForm)}. The status is
 * what the seminar had when the copy was made (the service decides, not the copy).
 */
public class SeminarForm {

    private Long id;
    private long version;
    private String title = "";
    private String host = "";
    private String description = "";
    private String venue = "";
    private String onlineUrl = "";
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private LocalDateTime registrationOpensAt;
    private LocalDateTime registrationClosesAt;
    private Integer capacity;
    private Integer retentionDays = 365;
    private SeminarStatus status = SeminarStatus.DRAFT;
    private List<SessionForm> sessions = new ArrayList<>();

    /** One programme slot; times are on the seminar's first day. */
    public static class SessionForm {
        private LocalTime startsAt;
        private LocalTime endsAt;
        private String topic = "";
        private String speaker = "";
        private String affiliation = "";

        public SessionForm() {
        }

        public SessionForm(LocalTime startsAt, LocalTime endsAt, String topic, String speaker, String affiliation) {
            this.startsAt = startsAt;
            this.endsAt = endsAt;
            this.topic = topic;
            this.speaker = speaker;
            this.affiliation = affiliation;
        }

        public LocalTime getStartsAt() {
            return startsAt;
        }

        public void setStartsAt(LocalTime startsAt) {
            this.startsAt = startsAt;
        }

        public LocalTime getEndsAt() {
            return endsAt;
        }

        public void setEndsAt(LocalTime endsAt) {
            this.endsAt = endsAt;
        }

        public String getTopic() {
            return topic;
        }

        public void setTopic(String topic) {
            this.topic = topic;
        }

        public String getSpeaker() {
            return speaker;
        }

        public void setSpeaker(String speaker) {
            this.speaker = speaker;
        }

        public String getAffiliation() {
            return affiliation;
        }

        public void setAffiliation(String affiliation) {
            this.affiliation = affiliation;
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = venue;
    }

    public String getOnlineUrl() {
        return onlineUrl;
    }

    public void setOnlineUrl(String onlineUrl) {
        this.onlineUrl = onlineUrl;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalDateTime endsAt) {
        this.endsAt = endsAt;
    }

    public LocalDateTime getRegistrationOpensAt() {
        return registrationOpensAt;
    }

    public void setRegistrationOpensAt(LocalDateTime registrationOpensAt) {
        this.registrationOpensAt = registrationOpensAt;
    }

    public LocalDateTime getRegistrationClosesAt() {
        return registrationClosesAt;
    }

    public void setRegistrationClosesAt(LocalDateTime registrationClosesAt) {
        this.registrationClosesAt = registrationClosesAt;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public Integer getRetentionDays() {
        return retentionDays;
    }

    public void setRetentionDays(Integer retentionDays) {
        this.retentionDays = retentionDays;
    }

    public SeminarStatus getStatus() {
        return status;
    }

    public void setStatus(SeminarStatus status) {
        this.status = status;
    }

    public List<SessionForm> getSessions() {
        return sessions;
    }

    public void setSessions(List<SessionForm> sessions) {
        this.sessions = new ArrayList<>(sessions);
    }
}
