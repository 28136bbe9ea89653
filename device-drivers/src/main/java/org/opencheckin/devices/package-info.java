/**
 * Device drivers of the OpenCheckin kiosk, in four layers visible in the package tree:
 * {@code transport} moves bytes, {@code *.codec} turns bytes into typed frames and back (no ports,
 * no clocks), {@code *.protocol} pairs requests with replies and owns timeouts and retries, and the
 * driver classes ({@link org.opencheckin.devices.idcard.IdCardReader},
 * {@link org.opencheckin.devices.mrz.MrzReader}, {@link org.opencheckin.devices.dispenser.KeyCardDispenser})
 * are the small public faces. Failures are {@link org.opencheckin.devices.DeviceException}s that
 * name device, command, step and status bytes.
 */
package org.opencheckin.devices;
