/** The passport / ID-card MRZ reader driver (PROTOCOLS.md section 2): {@link org.opencheckin.devices.mrz.MrzReader}. */
package org.opencheckin.devices.mrz;
