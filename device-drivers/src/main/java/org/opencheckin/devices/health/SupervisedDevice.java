package org.opencheckin.devices.health;

import org.opencheckin.devices.DeviceException;

/** A driver that a {@link DeviceSupervisor} can watch and reconnect. */
public interface SupervisedDevice {

    String deviceName();

    DeviceHealth health();

    /**
     * Closes the port, opens it again and asks the device for its status. On success the device
     * is READY (or DEGRADED/FAULT as its status says); on failure it stays OFFLINE.
     */
    void reconnect() throws DeviceException;
}
