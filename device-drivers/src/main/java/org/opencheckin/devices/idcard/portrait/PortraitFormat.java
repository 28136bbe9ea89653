package org.opencheckin.devices.idcard.portrait;

/** How a card's photo block is encoded. */
public enum PortraitFormat {
    /** The vendor's compressed "WLT" format of the resident ID card; only the vendor library decodes it. */
    WLT,
    BMP,
    JPEG,
    PNG
}
