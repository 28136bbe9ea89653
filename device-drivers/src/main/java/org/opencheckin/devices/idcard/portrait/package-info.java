/** Card photos: the pluggable {@link org.opencheckin.devices.idcard.portrait.PortraitDecoder}, ImageIO for BMP/JPEG/PNG, WLT passed through. */
package org.opencheckin.devices.idcard.portrait;
