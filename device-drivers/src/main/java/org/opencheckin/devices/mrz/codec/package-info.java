/** ICAO 9303 check digits and TD1/TD2/TD3 parser; 3M-style frames and bare lines. */
package org.opencheckin.devices.mrz.codec;
