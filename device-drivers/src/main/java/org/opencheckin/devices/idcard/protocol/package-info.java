/** SAM request/reply pairing with bounded retries of transport faults. */
package org.opencheckin.devices.idcard.protocol;
