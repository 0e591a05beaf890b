package org.servicepact.notification.application;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * A block of IP addresses written as an address and a prefix length ({@code 10.20.0.0/16}, {@code fd00::/8}), or one
 * address alone. Only literal addresses are read: nothing here asks a name server.
 */
record NetworkRange(byte[] network, int prefixLength) {

    NetworkRange {
        network = network.clone();
    }

    /** Reads a range; IllegalArgumentException saying what is wrong when it is not one. */
    static NetworkRange parse(String text) {
        String trimmed = text.strip();
        int slash = trimmed.indexOf('/');
        String address = slash < 0 ? trimmed : trimmed.substring(0, slash);
        byte[] bytes = literalAddress(address);
        if (bytes == null) {
            throw new IllegalArgumentException("'" + text + "' is not an address range such as 10.20.0.0/16 or fd00::/8");
        }
        int bits = bytes.length * 8;
        int prefix = slash < 0 ? bits : prefixLength(trimmed.substring(slash + 1), bits, text);
        return new NetworkRange(bytes, prefix);
    }

    boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length != network.length) {
            return false;
        }
        int wholeBytes = prefixLength / 8;
        for (int i = 0; i < wholeBytes; i++) {
            if (bytes[i] != network[i]) {
                return false;
            }
        }
        int restBits = prefixLength % 8;
        if (restBits == 0) {
            return true;
        }
        int mask = 0xFF << (8 - restBits) & 0xFF;
        return (bytes[wholeBytes] & mask) == (network[wholeBytes] & mask);
    }

    /** The address's bytes when the text is a literal IPv4 or IPv6 address, else null (a name is never looked up). */
    private static byte[] literalAddress(String text) {
        boolean ipv4 = !text.isEmpty() && text.chars().allMatch(c -> c == '.' || c >= '0' && c <= '9');
        boolean ipv6 = text.indexOf(':') >= 0 && text.chars().allMatch(c -> c == ':' || c == '.' || Character.digit(c, 16) >= 0);
        if (!ipv4 && !ipv6 || ipv4 && text.chars().filter(c -> c == '.').count() != 3) {
            return null;
        }
        try {
            return InetAddress.getByName(text).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static int prefixLength(String text, int bits, String range) {
        try {
            int prefix = Integer.parseInt(text.strip());
            if (prefix >= 0 && prefix <= bits) {
                return prefix;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException("'" + range + "': the prefix length after / is a number from 0 to " + bits);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NetworkRange range && prefixLength == range.prefixLength && Arrays.equals(network, range.network);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(network) + prefixLength;
    }

    @Override
    public String toString() {
        try {
            return InetAddress.getByAddress(network).getHostAddress() + "/" + prefixLength;
        } catch (UnknownHostException e) {
            throw new IllegalStateException("4 or 16 bytes are an address", e);
        }
    }
}
