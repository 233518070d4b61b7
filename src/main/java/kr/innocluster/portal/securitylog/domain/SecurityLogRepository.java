package kr.innocluster.portal.securitylog.domain;

import java.time.Instant;
import kr.innocluster.portal.securitylog.SecurityEventKind;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface SecurityLogRepository extends JpaRepository<SecurityLogRecord, Long>,
        JpaSpecificationExecutor<SecurityLogRecord> {

    Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"));

    /** The conditions of the log screen; a null part matches everything. */
    static Specification<SecurityLogRecord> matching(Instant from, Instant to, SecurityEventKind kind,
                                                     String accountId, String text) {
        return (root, query, cb) -> {
            var conditions = new java.util.ArrayList<jakarta.persistence.criteria.Predicate>();
            if (from != null) {
                conditions.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), from));
            }
            if (to != null) {
                conditions.add(cb.lessThan(root.get("occurredAt"), to));
            }
            if (kind != null) {
                conditions.add(cb.equal(root.get("kind"), kind));
            }
            if (accountId != null) {
                conditions.add(cb.or(cb.equal(root.get("accountId"), accountId),
                        cb.equal(root.get("recordId"), accountId)));
            }
            if (text != null) {
                String pattern = "%" + text.toLowerCase().replace("\\", "\\\\").replace("%", "\\%")
                        .replace("_", "\\_") + "%";
                conditions.add(cb.like(cb.lower(root.get("target")), pattern, '\\'));
            }
            return cb.and(conditions.toArray(jakarta.persistence.criteria.Predicate[]::new));
        };
    }
}
