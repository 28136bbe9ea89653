package org.opencheckin.kiosk.flow;

/** Told when a guest session ends (done, idle, cancelled): drop every guest datum you hold. */
public interface SessionEndListener {

    void sessionEnded();
}
