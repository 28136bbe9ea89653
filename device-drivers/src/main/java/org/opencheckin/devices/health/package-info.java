/** Device health (READY, BUSY, DEGRADED, FAULT, OFFLINE) and the supervisor that reconnects with backoff. */
package org.opencheckin.devices.health;
