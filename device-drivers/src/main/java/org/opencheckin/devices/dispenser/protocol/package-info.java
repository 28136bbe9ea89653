/** CRT-591 request/reply pairing: ACK/ENQ dialect, NAK resend, no blind resend of physical commands. */
package org.opencheckin.devices.dispenser.protocol;
