/** A verified machine-readable zone. */
package org.opencheckin.devices.mrz.document;
