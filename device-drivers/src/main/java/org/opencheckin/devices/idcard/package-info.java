/** The SAM ID-card reader driver (PROTOCOLS.md section 1): {@link org.opencheckin.devices.idcard.IdCardReader}. */
package org.opencheckin.devices.idcard;
