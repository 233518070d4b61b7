package kr.innocluster.portal.base;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Component;

/**
 * Spring Data repositories start lazily ({@code spring.data.jpa.repositories.bootstrap-mode=lazy}): building the 36
 * repositories (parsing every query) took about 2.7 CPU-seconds of the start on the main thread, and Hibernate's
 * start runs in the background meanwhile. Once the portal is ready, this builds all of them on a background thread,
 * so the first users do not pay for it; a request that needs a repository before that simply builds it itself.
 */
@Component
class RepositoryWarmup {

    private static final Logger log = LoggerFactory.getLogger(RepositoryWarmup.class);

    private final ConfigurableListableBeanFactory beans;
    private final TaskExecutor executor;

    RepositoryWarmup(ConfigurableListableBeanFactory beans,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.beans = beans;
        this.executor = executor;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUpAfterStart() {
        executor.execute(this::warmUp);
    }

    void warmUp() {
        long start = System.nanoTime();
        String[] names = beans.getBeanNamesForType(Repository.class, true, false);
        for (String name : names) {
            try {
                beans.getBean(name);
            } catch (RuntimeException e) {
                // the request that needs it will build it again and report the problem where it matters
                log.warn("Could not prepare repository {} ahead of use", name, e);
            }
        }
        log.info("Prepared {} repositories in {} ms after the start", names.length, (System.nanoTime() - start) / 1_000_000);
    }
}
