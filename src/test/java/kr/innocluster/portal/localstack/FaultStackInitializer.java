package kr.innocluster.portal.localstack;

import java.util.HashMap;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a fault test's portal at the {@link FaultStack} (breakable parts) instead of the shared ones. Runs after
 * {@link TestStackInitializer}, so its properties come first.
 */
@Order(Ordered.LOWEST_PRECEDENCE)
public class FaultStackInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        HashMap<String, Object> properties = new HashMap<>(FaultStack.get().properties());
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("fault-stack", properties));
    }
}
