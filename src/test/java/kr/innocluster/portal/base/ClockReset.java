package kr.innocluster.portal.base;

import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/** Sets the shared {@link MovableClock} back to real time after every test method of the shared context. */
public class ClockReset implements TestExecutionListener {

    @Override
    public void afterTestMethod(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBeanProvider(MovableClock.class).ifAvailable(MovableClock::reset);
        }
    }
}
