package org.opencheckin.kiosk.flow;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class WorkSignalTest {
    private final WorkSignal signal = new WorkSignal();

    @Test
    void aSignalRaisedBeforeTheWaitIsRememberedOnce() throws Exception {
        signal.raise();
        signal.raise();
        assertThat(signal.await(Duration.ofSeconds(5))).isTrue();
        assertThat(signal.await(Duration.ofMillis(20))).as("cleared by the first wait").isFalse();
    }

    @Test
    void aWaitingWorkerIsWokenByARaiseFromAnotherThread() throws Exception {
        CompletableFuture<Boolean> woken = CompletableFuture.supplyAsync(() -> {
            try {
                return signal.await(Duration.ofMinutes(1));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(50);
        signal.raise();
        assertThat(woken.get(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void withoutARaiseTheWaitEndsAtItsTimeout() throws Exception {
        assertThat(signal.await(Duration.ofMillis(30))).isFalse();
    }
}
