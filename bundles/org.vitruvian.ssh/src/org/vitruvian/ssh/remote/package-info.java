/**
 * The SSH layer that targets reaching their sites over SSH share (the Slurm target, the
 * cloud VM target): one verified session per site, remote commands with a timeout, and file
 * transfers confined to the folders they are given.
 */
package org.vitruvian.ssh.remote;
