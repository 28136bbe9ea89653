/** The CRT-591-style key-card dispenser with MIFARE encoder (PROTOCOLS.md section 3, docs/keycard-format.md). */
package org.opencheckin.devices.dispenser;
