package org.opencheckin.kiosk.fakes;

import org.opencheckin.kiosk.identity.FaceAttempt;
import org.opencheckin.kiosk.identity.FaceCheck;
import org.opencheckin.kiosk.vision.Guidance;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

/** Scripted face step: answers queued attempts, MATCH when the queue is empty. */
public class FakeFaceCheck implements FaceCheck {

    public volatile boolean available = true;
    public final Deque<FaceAttempt.Outcome> outcomes = new ArrayDeque<>();
    public volatile int attempts;
    public volatile byte[] lastPortrait;

    @Override
    public boolean available() {
        return available;
    }

    @Override
    public String unavailableReason() {
        return available ? "ready" : "fake: models missing";
    }

    @Override
    public synchronized FaceAttempt attempt(byte[] portrait, Consumer<Guidance> guidance) {
        attempts++;
        lastPortrait = portrait.clone();
        guidance.accept(Guidance.TURN_HEAD);
        FaceAttempt.Outcome outcome = outcomes.isEmpty() ? FaceAttempt.Outcome.MATCH : outcomes.pollFirst();
        return switch (outcome) {
            case MATCH -> new FaceAttempt(outcome, 0.71, 1.0, "fr_feature.onnx#87aacdfe", "fake match");
            case NO_MATCH -> new FaceAttempt(outcome, 0.12, 1.0, "fr_feature.onnx#87aacdfe", "fake no match");
            case NOT_LIVE -> new FaceAttempt(outcome, null, 0.1, null, "fake still photo");
            default -> new FaceAttempt(outcome, null, null, null, "fake " + outcome);
        };
    }
}
