/** CRT-591 frames, status digits and the MIFARE APDUs carried in 60 33 commands. */
package org.opencheckin.devices.dispenser.codec;
