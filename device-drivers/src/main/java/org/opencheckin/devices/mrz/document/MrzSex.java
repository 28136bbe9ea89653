package org.opencheckin.devices.mrz.document;

/** Sex field of the MRZ: 'M', 'F', or '<' / 'X' for unspecified. */
public enum MrzSex {
    MALE, FEMALE, UNSPECIFIED
}
