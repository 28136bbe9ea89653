/**
 * The MRZ reader's byte stream as scans: 3M-style frames and bare lines, the inter-byte timeout
 * and resynchronisation after damage ({@link org.opencheckin.devices.mrz.protocol.OcrStream}).
 */
package org.opencheckin.devices.mrz.protocol;
