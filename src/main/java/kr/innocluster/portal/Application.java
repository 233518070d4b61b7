package kr.innocluster.portal;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.lumo.Lumo;
import com.vaadin.flow.component.dependency.StyleSheet;
import kr.innocluster.portal.base.StartupTrace;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * InnoCluster Portal: support programs, applicant companies, seminars and pilot-factory bookings of a techno-park.
 * Each capability lives in its own feature package; {@code base} and {@code security} hold what they share.
 */
@SpringBootApplication
@EnableAsync
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(Application.class);
        StartupTrace.installIfRequested(application);
        application.run(args);
    }
}
