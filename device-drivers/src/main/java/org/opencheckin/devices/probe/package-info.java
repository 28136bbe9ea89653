/** The installer's command-line probe (shaded into the {@code -probe} jar with picocli). */
package org.opencheckin.devices.probe;
