package kr.innocluster.archfixture.alpha;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/** Fixture: a service with one public method that declares no access (breaks the access rule) and two that pass. */
@Service
public class AlphaService {

    public void undeclared() {
        // nobody said who may call this
    }

    @RolesAllowed("official")
    public void declared() {
        // declared
    }

    @Scheduled(fixedDelay = 1000)
    public void nightly() {
        // a job: exempt
    }
}
