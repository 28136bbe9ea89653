/** Decoded card texts: resident ID card, foreigner's permanent residence card, HMT residence permit. */
package org.opencheckin.devices.idcard.document;
