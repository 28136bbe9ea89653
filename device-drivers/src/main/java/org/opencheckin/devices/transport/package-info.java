/** Byte transports: serial (jSerialComm, only here), TCP device servers, in-memory cables for tests. */
package org.opencheckin.devices.transport;
