package kr.innocluster.portal;

import java.util.concurrent.atomic.AtomicReference;
import kr.innocluster.portal.localstack.LocalPaths;
import kr.innocluster.portal.localstack.LocalStack;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code ./mvnw spring-boot:test-run}: the whole portal on one machine. Starts PostgreSQL, an SMTP server and Keycloak,
 * then the portal with demo data; Ctrl-C stops the portal first, then everything it started.
 */
public final class LocalPortalApplication {

    private LocalPortalApplication() {
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        LocalStack stack = LocalStack.start();
        AtomicReference<ConfigurableApplicationContext> portal = new AtomicReference<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("[local] stopping the portal, Keycloak, SMTP and PostgreSQL ...");
            if (portal.get() != null) {
                portal.get().close();
            }
            stack.close();
        }, "local-stack-stop"));

        stack.properties().forEach(System::setProperty);
        SpringApplication application = new SpringApplication(Application.class);
        application.setRegisterShutdownHook(false);
        portal.set(application.run(args));

        System.out.printf("%n[local] InnoCluster Portal is ready in %d s: http://localhost:%d%n",
                (System.nanoTime() - started) / 1_000_000_000, LocalStack.PORTAL_PORT);
        System.out.println(DemoAccounts.table(LocalPaths.localRealmOverlay()));
        System.out.println("[local] Every mail (Keycloak's verification links, the portal's notices) is in the local "
                + "mailbox: " + stack.mailboxUrl());
        System.out.println("[local] Press Ctrl-C to stop everything.");
    }
}
