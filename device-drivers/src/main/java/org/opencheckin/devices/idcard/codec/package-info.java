/** SAM frames, status codes, card content and the UCS-2LE text layouts of the three card types. */
package org.opencheckin.devices.idcard.codec;
