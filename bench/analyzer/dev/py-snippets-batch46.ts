// Dev suite "py-snippets", batch 46 (see py-snippets.ts): written blind, measured before any fix it prompted. The
// classes batch 44 missed whole, in the spellings of small task code written by developers or models: integer
// wrap-around through fixed-width types (ctypes values and Structure fields, numpy scalars and arrays, masks and
// modulo written into length fields), secrets kept in clear (dotfiles, config files, recoverable passwords, identity
// numbers), missing authentication and authorisation (FastAPI, Flask, Django), races on shared state, files with
// secrets put where the web server serves them, privilege drops whose failure is swallowed, Python settings written
// from input, CRLF into raw mail or HTTP headers and caller-chosen format strings. Each beside safe twins and
// look-alikes: ranges checked before a cast, masks that are meant to wrap (hashes, checksums, byte extraction),
// tokens in a keyring, encrypted data that is not a password, routes with an auth dependency, locks held. Own code,
// never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { bad, good, src } from "./py-snippets.js";

export const BATCH46: DevCase[] = [
  // ---------------- CWE-190 / 191 / 681 integer wrap-around ----------------
  bad(
    "CWE-190",
    "batch46: alloc_image sizes a ctypes array with a c_uint16 of width*height*4, which wraps",
    src`
import ctypes


def alloc_image(width, height):
    """Allocate an RGBA pixel buffer for the native renderer."""
    nbytes = ctypes.c_uint16(width * height * 4).value
    return (ctypes.c_ubyte * nbytes)()
`,
  ),
  good(
    "CWE-190",
    "batch46: alloc_image checks the pixel count before sizing the ctypes array",
    src`
import ctypes

MAX_PIXELS = 4096 * 4096


def alloc_image(width, height):
    """Allocate an RGBA pixel buffer for the native renderer."""
    if not (0 < width <= 4096 and 0 < height <= 4096):
        raise ValueError("image too large")
    nbytes = width * height * 4
    return (ctypes.c_ubyte * nbytes)()
`,
  ),
  bad(
    "CWE-190",
    "batch46: line_totals multiplies quantities and prices as numpy int32 arrays, which wrap",
    src`
import numpy as np


def line_totals(quantities, unit_prices_cents):
    """Return the total of each order line in cents."""
    q = np.array(quantities, dtype=np.int32)
    p = np.array(unit_prices_cents, dtype=np.int32)
    return q * p
`,
  ),
  good(
    "CWE-190",
    "batch46: line_totals uses int64 and bounds the quantities and prices first",
    src`
import numpy as np

MAX_QTY = 10_000
MAX_PRICE = 10_000_000


def line_totals(quantities, unit_prices_cents):
    """Return the total of each order line in cents."""
    q = np.array(quantities, dtype=np.int64)
    p = np.array(unit_prices_cents, dtype=np.int64)
    if (q < 0).any() or (q > MAX_QTY).any():
        raise ValueError("bad quantity")
    if (p < 0).any() or (p > MAX_PRICE).any():
        raise ValueError("bad price")
    return q * p
`,
  ),
  bad(
    "CWE-190",
    "batch46: encode_frame writes len(body) & 0xFFFF into the 16-bit length field",
    src`
import struct


def encode_frame(msg_type, body):
    """Frame a message: type (uint16), length (uint16), body."""
    header = struct.pack(">HH", msg_type, len(body) & 0xFFFF)
    return header + body
`,
  ),
  good(
    "CWE-190",
    "batch46: encode_frame rejects bodies longer than the 16-bit length field",
    src`
import struct


def encode_frame(msg_type, body):
    """Frame a message: type (uint16), length (uint16), body."""
    if len(body) > 0xFFFF:
        raise ValueError("body too long for one frame")
    header = struct.pack(">HH", msg_type, len(body))
    return header + body
`,
  ),
  good(
    "CWE-190",
    "batch46: pack_count leaves struct.pack to raise when the count does not fit its uint16",
    src`
import struct


def pack_count(items):
    """Header with the number of items as an unsigned 16-bit integer."""
    return struct.pack("<H", len(items))
`,
  ),
  bad(
    "CWE-190",
    "batch46: ws_frame writes the payload length modulo 65536 as two bytes",
    src`
def ws_frame(opcode, payload):
    """Build a frame: opcode byte, 2-byte big-endian length, payload."""
    length = len(payload) % 65536
    return bytes([opcode]) + length.to_bytes(2, "big") + payload
`,
  ),
  good(
    "CWE-190",
    "batch46: internet checksum folds the sum into 16 bits, which is meant to wrap",
    src`
def internet_checksum(data):
    """RFC 1071 checksum of a packet."""
    if len(data) % 2:
        data += b"\0"
    total = 0
    for i in range(0, len(data), 2):
        total += (data[i] << 8) + data[i + 1]
        total = (total & 0xFFFF) + (total >> 16)
    return ~total & 0xFFFF
`,
  ),
  good(
    "CWE-190",
    "batch46: string hash keeps 32 bits with a mask on every step",
    src`
def djb2(text):
    """32-bit djb2 hash for bucketing cache keys."""
    h = 5381
    for ch in text.encode("utf-8"):
        h = ((h << 5) + h + ch) & 0xFFFFFFFF
    return h
`,
  ),
  bad(
    "CWE-191",
    "batch46: remaining_quota stores limit - used in a ctypes c_uint32, which wraps below zero",
    src`
import ctypes


def remaining_quota(limit, used):
    """Bytes the account may still upload."""
    return ctypes.c_uint32(limit - used).value


def may_upload(limit, used, size):
    return remaining_quota(limit, used) >= size
`,
  ),
  good(
    "CWE-191",
    "batch46: remaining_quota returns zero when usage is over the limit before the ctypes cast",
    src`
import ctypes


def remaining_quota(limit, used):
    """Bytes the account may still upload."""
    if used >= limit:
        return 0
    return ctypes.c_uint32(limit - used).value


def may_upload(limit, used, size):
    return remaining_quota(limit, used) >= size
`,
  ),
  bad(
    "CWE-191",
    "batch46: reserve subtracts the ordered quantity from a numpy uint8 stock array",
    src`
import numpy as np

stock = np.zeros(1000, dtype=np.uint8)


def reserve(item_id, qty):
    """Reserve qty units; the stock level cannot go negative."""
    stock[item_id] -= qty
    return int(stock[item_id])
`,
  ),
  good(
    "CWE-191",
    "batch46: reserve checks the uint8 stock level before subtracting",
    src`
import numpy as np

stock = np.zeros(1000, dtype=np.uint8)


def reserve(item_id, qty):
    """Reserve qty units; the stock level cannot go negative."""
    qty = int(qty)
    if qty < 0 or qty > int(stock[item_id]):
        raise ValueError("not enough stock")
    stock[item_id] -= qty
    return int(stock[item_id])
`,
  ),
  bad(
    "CWE-681",
    "batch46: read_chunk checks the declared size after a cast to ctypes.c_int, then reads the full size",
    src`
import ctypes

MAX_CHUNK = 1 << 20


def read_chunk(stream, declared):
    """Read one chunk whose size the peer declared."""
    if ctypes.c_int(declared).value > MAX_CHUNK:
        raise ValueError("chunk too large")
    return stream.read(declared)
`,
  ),
  good(
    "CWE-681",
    "batch46: read_chunk checks the Python integer itself",
    src`
MAX_CHUNK = 1 << 20


def read_chunk(stream, declared):
    """Read one chunk whose size the peer declared."""
    declared = int(declared)
    if not 0 <= declared <= MAX_CHUNK:
        raise ValueError("bad chunk size")
    return stream.read(declared)
`,
  ),
  bad(
    "CWE-190",
    "batch46: make_grid checks rows*cols computed as numpy int32 scalars, which wrap negative",
    src`
import numpy as np

MAX_CELLS = 50_000_000


def make_grid(rows, cols):
    """Allocate a float grid for the simulation the user configured."""
    cells = np.int32(rows) * np.int32(cols)
    if cells > MAX_CELLS:
        raise ValueError("grid too large")
    return np.zeros((rows, cols), dtype=np.float32)
`,
  ),
  good(
    "CWE-190",
    "batch46: make_grid multiplies Python integers and checks the product",
    src`
import numpy as np

MAX_CELLS = 50_000_000


def make_grid(rows, cols):
    """Allocate a float grid for the simulation the user configured."""
    rows, cols = int(rows), int(cols)
    if rows <= 0 or cols <= 0 or rows * cols > MAX_CELLS:
        raise ValueError("grid too large")
    return np.zeros((rows, cols), dtype=np.float32)
`,
  ),
  bad(
    "CWE-190",
    "batch46: a ctypes Structure's c_uint16 length field is assigned len(data), which truncates",
    src`
import ctypes


class PacketHeader(ctypes.Structure):
    _fields_ = [("kind", ctypes.c_uint8), ("length", ctypes.c_uint16)]


def build_packet(kind, data):
    """Header followed by the data, for the device driver."""
    hdr = PacketHeader()
    hdr.kind = kind
    hdr.length = len(data)
    return bytes(hdr) + data
`,
  ),
  good(
    "CWE-190",
    "batch46: the c_uint16 length field is assigned after checking that the data fits",
    src`
import ctypes


class PacketHeader(ctypes.Structure):
    _fields_ = [("kind", ctypes.c_uint8), ("length", ctypes.c_uint16)]


def build_packet(kind, data):
    """Header followed by the data, for the device driver."""
    if len(data) > 0xFFFF:
        raise ValueError("packet too long")
    hdr = PacketHeader()
    hdr.kind = kind
    hdr.length = len(data)
    return bytes(hdr) + data
`,
  ),
  bad(
    "CWE-191",
    "batch46: debit packs (balance - amount) & 0xFFFFFFFF into the account record",
    src`
import struct


def debit(record, amount):
    """Record layout: account id (uint32), balance in cents (uint32)."""
    acct, balance = struct.unpack("<II", record)
    return struct.pack("<II", acct, (balance - amount) & 0xFFFFFFFF)
`,
  ),
  good(
    "CWE-191",
    "batch46: debit refuses an amount larger than the balance before packing",
    src`
import struct


def debit(record, amount):
    """Record layout: account id (uint32), balance in cents (uint32)."""
    acct, balance = struct.unpack("<II", record)
    if amount < 0 or amount > balance:
        raise ValueError("insufficient funds")
    return struct.pack("<II", acct, balance - amount)
`,
  ),
  bad(
    "CWE-191",
    "batch46: read_body reads ctypes.c_size_t(declared - 8) bytes, which wraps for a short declared length",
    src`
import ctypes
import struct


def read_body(sock_file):
    """Message: 4-byte total length including the 8-byte header, then the header and body."""
    (declared,) = struct.unpack(">I", sock_file.read(4))
    header = sock_file.read(4)
    n = ctypes.c_size_t(declared - 8).value
    return header, sock_file.read(n)
`,
  ),
  good(
    "CWE-191",
    "batch46: read_body checks the declared length covers the header and a limit",
    src`
import struct

MAX_MSG = 1 << 20


def read_body(sock_file):
    """Message: 4-byte total length including the 8-byte header, then the header and body."""
    (declared,) = struct.unpack(">I", sock_file.read(4))
    if declared < 8 or declared > MAX_MSG:
        raise ValueError("bad length")
    header = sock_file.read(4)
    return header, sock_file.read(declared - 8)
`,
  ),
  bad(
    "CWE-681",
    "batch46: apply_discount checks the percentage after narrowing it to numpy uint8",
    src`
import numpy as np


def apply_discount(price_cents, percent):
    """Apply a coupon's percentage discount (at most 50%)."""
    p = np.asarray(int(percent)).astype(np.uint8)
    if p > 50:
        raise ValueError("discount too large")
    return price_cents * (100 - int(percent)) // 100
`,
  ),
  good(
    "CWE-681",
    "batch46: apply_discount checks the integer percentage in range",
    src`
def apply_discount(price_cents, percent):
    """Apply a coupon's percentage discount (at most 50%)."""
    percent = int(percent)
    if not 0 <= percent <= 50:
        raise ValueError("bad discount")
    return price_cents * (100 - percent) // 100
`,
  ),
  bad(
    "CWE-190",
    "batch46: load_image multiplies uint16 header fields from np.frombuffer and sizes a C buffer with the product",
    src`
import ctypes

import numpy as np


def load_image(blob):
    """Header: width and height as little-endian uint16, then RGB pixels."""
    w, h = np.frombuffer(blob[:4], dtype="<u2", count=2)
    size = w * h * 3
    buf = ctypes.create_string_buffer(int(size))
    pixels = blob[4:]
    ctypes.memmove(buf, pixels, len(pixels))
    return buf
`,
  ),
  good(
    "CWE-190",
    "batch46: load_image converts the header fields to int and copies no more than the buffer holds",
    src`
import ctypes

import numpy as np


def load_image(blob):
    """Header: width and height as little-endian uint16, then RGB pixels."""
    w, h = (int(v) for v in np.frombuffer(blob[:4], dtype="<u2", count=2))
    size = w * h * 3
    pixels = blob[4:]
    if len(pixels) != size:
        raise ValueError("truncated image")
    buf = ctypes.create_string_buffer(size)
    ctypes.memmove(buf, pixels, size)
    return buf
`,
  ),
  bad(
    "CWE-190",
    "batch46: alloc_records passes count*size as a c_uint32 to the native allocator",
    src`
import ctypes

lib = ctypes.CDLL("libstore.so")
lib.store_alloc.argtypes = [ctypes.c_uint32]
lib.store_alloc.restype = ctypes.c_void_p


def alloc_records(count, size):
    """Reserve room for count records of size bytes in the native store."""
    return lib.store_alloc(ctypes.c_uint32(count * size))
`,
  ),
  good(
    "CWE-190",
    "batch46: alloc_records checks count*size against the 32-bit limit first",
    src`
import ctypes

lib = ctypes.CDLL("libstore.so")
lib.store_alloc.argtypes = [ctypes.c_uint32]
lib.store_alloc.restype = ctypes.c_void_p


def alloc_records(count, size):
    """Reserve room for count records of size bytes in the native store."""
    total = int(count) * int(size)
    if count < 0 or size < 0 or total > 0xFFFFFFFF:
        raise OverflowError("allocation too large")
    return lib.store_alloc(ctypes.c_uint32(total))
`,
  ),
  bad(
    "CWE-191",
    "batch46: seconds_left subtracts numpy uint64 timestamps, which wrap when the session has expired",
    src`
import time

import numpy as np


def seconds_left(expires_at):
    """Seconds before the session expires; the caller logs out at zero."""
    return np.subtract(np.uint64(expires_at), np.uint64(int(time.time())))


def is_active(expires_at):
    return seconds_left(expires_at) > 0
`,
  ),
  good(
    "CWE-191",
    "batch46: seconds_left compares the timestamps as Python integers",
    src`
import time


def seconds_left(expires_at):
    """Seconds before the session expires; the caller logs out at zero."""
    return max(0, int(expires_at) - int(time.time()))


def is_active(expires_at):
    return seconds_left(expires_at) > 0
`,
  ),
  bad(
    "CWE-190",
    "batch46: add_points keeps a loyalty balance in ctypes.c_int32 and adds the caller's points",
    src`
import ctypes


class Wallet:
    def __init__(self):
        self.points = ctypes.c_int32(0)

    def add_points(self, n):
        """Credit n points earned by a purchase."""
        self.points.value += n
        return self.points.value
`,
  ),
  good(
    "CWE-190",
    "batch46: add_points keeps the balance as a Python int with a ceiling",
    src`
MAX_POINTS = 10_000_000


class Wallet:
    def __init__(self):
        self.points = 0

    def add_points(self, n):
        """Credit n points earned by a purchase."""
        if n < 0 or self.points + n > MAX_POINTS:
            raise ValueError("bad points")
        self.points += n
        return self.points
`,
  ),
  bad(
    "CWE-681",
    "batch46: lookup casts int64 offsets from the request to int16 with astype before indexing",
    src`
import numpy as np

TABLE = np.arange(30000)


def lookup(offsets):
    """Look up table entries; negative offsets are refused."""
    idx = np.asarray(offsets, dtype=np.int64).astype(np.int16)
    if (idx < 0).any():
        raise IndexError("negative offset")
    return TABLE[np.asarray(offsets)]
`,
  ),
  good(
    "CWE-681",
    "batch46: lookup checks the int64 offsets before any narrowing",
    src`
import numpy as np

TABLE = np.arange(30000)


def lookup(offsets):
    """Look up table entries; negative offsets are refused."""
    idx = np.asarray(offsets, dtype=np.int64)
    if (idx < 0).any() or (idx >= len(TABLE)).any():
        raise IndexError("offset out of range")
    return TABLE[idx]
`,
  ),
  good(
    "CWE-190",
    "batch46: brighten widens uint8 pixels to int16 and clips before casting back",
    src`
import numpy as np


def brighten(img, delta):
    """Add delta to every pixel of an 8-bit image."""
    out = np.clip(img.astype(np.int16) + int(delta), 0, 255)
    return out.astype(np.uint8)
`,
  ),
  good(
    "CWE-190",
    "batch46: to_pcm builds an array('h') of samples, which raises on a value out of range",
    src`
from array import array


def to_pcm(samples):
    """Pack float samples in [-1, 1] as signed 16-bit PCM."""
    return array("h", (int(max(-1.0, min(1.0, s)) * 32767) for s in samples)).tobytes()
`,
  ),
  good(
    "CWE-190",
    "batch46: rgb split extracts bytes with shifts and 0xFF masks",
    src`
def hex_to_rgb(value):
    """'#1e90ff' -> (30, 144, 255)."""
    n = int(value.lstrip("#"), 16)
    return (n >> 16) & 0xFF, (n >> 8) & 0xFF, n & 0xFF
`,
  ),
  good(
    "CWE-190",
    "batch46: xorshift PRNG for a game keeps 64 bits with a mask, which is meant to wrap",
    src`
MASK64 = (1 << 64) - 1


class XorShift:
    def __init__(self, seed):
        self.state = seed & MASK64 or 1

    def next(self):
        x = self.state
        x ^= (x << 13) & MASK64
        x ^= x >> 7
        x ^= (x << 17) & MASK64
        self.state = x
        return x
`,
  ),
  good(
    "CWE-190",
    "batch46: fnv1a over numpy uint32 under errstate(over='ignore'), the wrap is the hash",
    src`
import numpy as np


def fnv1a32(data):
    """FNV-1a 32-bit hash used to shard keys."""
    h = np.uint32(2166136261)
    with np.errstate(over="ignore"):
        for b in data:
            h = np.uint32(h ^ np.uint32(b)) * np.uint32(16777619)
    return int(h)
`,
  ),
  good(
    "CWE-190",
    "batch46: sequence numbers advance modulo 2**32 as the protocol defines",
    src`
class Sender:
    """Reliable-UDP sender; sequence numbers are 32 bits and roll over by design."""

    def __init__(self):
        self.seq = 0

    def next_seq(self):
        self.seq = (self.seq + 1) % 2**32
        return self.seq
`,
  ),
  good(
    "CWE-681",
    "batch46: ids astype(np.int32) after checking they fit with np.iinfo",
    src`
import numpy as np


def to_index(ids):
    """Compact a list of ids into an int32 array for the model."""
    arr = np.asarray(ids, dtype=np.int64)
    info = np.iinfo(np.int32)
    if arr.size and (arr.min() < 0 or arr.max() > info.max):
        raise ValueError("id out of range")
    return arr.astype(np.int32)
`,
  ),
  good(
    "CWE-190",
    "batch46: copy_bytes passes len(data) as a ctypes.c_size_t, always in range",
    src`
import ctypes

libc = ctypes.CDLL(None)


def copy_bytes(data):
    """Copy data into a fresh C buffer."""
    buf = ctypes.create_string_buffer(len(data))
    libc.memcpy(buf, data, ctypes.c_size_t(len(data)))
    return buf
`,
  ),
  // ---------------- CWE-312 / 311 / 256 / 257 / 260 secrets kept in clear ----------------
  bad(
    "CWE-312",
    "batch46: login command saves the access token in ~/.config/acme/auth.json in clear",
    src`
import json
from pathlib import Path

AUTH_FILE = Path.home() / ".config" / "acme" / "auth.json"


def save_login(username, access_token):
    """Remember the login for later commands."""
    AUTH_FILE.parent.mkdir(parents=True, exist_ok=True)
    AUTH_FILE.write_text(json.dumps({"user": username, "access_token": access_token}))
`,
  ),
  good(
    "CWE-312",
    "batch46: login command keeps the access token in the keyring and only the user name on disk",
    src`
import json
from pathlib import Path

import keyring

AUTH_FILE = Path.home() / ".config" / "acme" / "auth.json"


def save_login(username, access_token):
    """Remember the login for later commands."""
    keyring.set_password("acme", username, access_token)
    AUTH_FILE.parent.mkdir(parents=True, exist_ok=True)
    AUTH_FILE.write_text(json.dumps({"user": username}))
`,
  ),
  bad(
    "CWE-312",
    "batch46: remember-me stores the user name and password in a pickle in the app folder",
    src`
import os
import pickle

CACHE = os.path.join(os.path.expanduser("~"), ".mailclient", "login.pkl")


def remember(username, password):
    """Let the client log in automatically next time."""
    os.makedirs(os.path.dirname(CACHE), exist_ok=True)
    with open(CACHE, "wb") as f:
        pickle.dump({"username": username, "password": password}, f)
`,
  ),
  good(
    "CWE-312",
    "batch46: remember-me stores the password in the keyring and the user name in a file",
    src`
import os

import keyring

CACHE = os.path.join(os.path.expanduser("~"), ".mailclient", "last_user")


def remember(username, password):
    """Let the client log in automatically next time."""
    keyring.set_password("mailclient", username, password)
    os.makedirs(os.path.dirname(CACHE), exist_ok=True)
    with open(CACHE, "w") as f:
        f.write(username)
`,
  ),
  bad(
    "CWE-312",
    "batch46: Tk settings dialog writes the API key into settings.json next to the app",
    src`
import json


def on_save(entries):
    """Save the values typed in the settings dialog."""
    settings = {
        "server": entries["server"].get(),
        "api_key": entries["api_key"].get(),
        "theme": entries["theme"].get(),
    }
    with open("settings.json", "w") as fh:
        json.dump(settings, fh, indent=2)
`,
  ),
  good(
    "CWE-312",
    "batch46: settings dialog saves server and theme, the API key goes to the keyring",
    src`
import json

import keyring


def on_save(entries):
    """Save the values typed in the settings dialog."""
    keyring.set_password("dashboard", "api_key", entries["api_key"].get())
    settings = {"server": entries["server"].get(), "theme": entries["theme"].get()}
    with open("settings.json", "w") as fh:
        json.dump(settings, fh, indent=2)
`,
  ),
  bad(
    "CWE-260",
    "batch46: setup wizard writes the database password into config.yaml",
    src`
import yaml


def write_db_config(path, host, user, password, name):
    """Write the database section chosen during setup."""
    config = {"database": {"host": host, "user": user, "password": password, "name": name}}
    with open(path, "w") as f:
        yaml.safe_dump(config, f)
`,
  ),
  good(
    "CWE-260",
    "batch46: setup wizard writes the database host and names, the password is read from the environment",
    src`
import yaml


def write_db_config(path, host, user, name):
    """Write the database section chosen during setup; DB_PASSWORD comes from the environment."""
    config = {"database": {"host": host, "user": user, "name": name, "password_env": "DB_PASSWORD"}}
    with open(path, "w") as f:
        yaml.safe_dump(config, f)
`,
  ),
  bad(
    "CWE-260",
    "batch46: save_mail_settings sets the smtp password option with ConfigParser.set and writes the ini",
    src`
from configparser import ConfigParser


def save_mail_settings(ini_path, server, login, password):
    parser = ConfigParser()
    parser.read(ini_path)
    if not parser.has_section("mail"):
        parser.add_section("mail")
    parser.set("mail", "server", server)
    parser.set("mail", "login", login)
    parser.set("mail", "password", password)
    with open(ini_path, "w") as out:
        parser.write(out)
`,
  ),
  good(
    "CWE-260",
    "batch46: save_mail_settings writes server and login to the ini, the password to the keyring",
    src`
from configparser import ConfigParser

import keyring


def save_mail_settings(ini_path, server, login, password):
    parser = ConfigParser()
    parser.read(ini_path)
    if not parser.has_section("mail"):
        parser.add_section("mail")
    parser.set("mail", "server", server)
    parser.set("mail", "login", login)
    keyring.set_password("mailer", login, password)
    with open(ini_path, "w") as out:
        parser.write(out)
`,
  ),
  good(
    "CWE-260",
    "batch46: configparser writes only non-secret display settings",
    src`
import configparser


def save_prefs(path, language, page_size):
    cfg = configparser.ConfigParser()
    cfg["ui"] = {"language": language, "page_size": str(page_size)}
    with open(path, "w") as fh:
        cfg.write(fh)
`,
  ),
  bad(
    "CWE-257",
    "batch46: register keeps the password AES-encrypted with a server key and reveal_password decrypts it",
    src`
import os

from Crypto.Cipher import AES

KEY = bytes.fromhex(os.environ["PW_KEY"])


def register(db, email, password):
    cipher = AES.new(KEY, AES.MODE_GCM)
    ct, tag = cipher.encrypt_and_digest(password.encode())
    db.execute(
        "INSERT INTO accounts (email, pw_nonce, pw_ct, pw_tag) VALUES (?, ?, ?, ?)",
        (email, cipher.nonce, ct, tag),
    )


def reveal_password(row):
    cipher = AES.new(KEY, AES.MODE_GCM, nonce=row["pw_nonce"])
    return cipher.decrypt_and_verify(row["pw_ct"], row["pw_tag"]).decode()
`,
  ),
  good(
    "CWE-257",
    "batch46: register stores an argon2 hash of the password",
    src`
from argon2 import PasswordHasher

ph = PasswordHasher()


def register(db, email, password):
    db.execute("INSERT INTO accounts (email, pw_hash) VALUES (?, ?)", (email, ph.hash(password)))


def check(row, password):
    return ph.verify(row["pw_hash"], password)
`,
  ),
  bad(
    "CWE-257",
    "batch46: SQLAlchemy User keeps password_enc from Fernet and a helper decrypts it for the forgot-password mail",
    src`
from cryptography.fernet import Fernet
from sqlalchemy import Column, Integer, LargeBinary, String
from sqlalchemy.orm import declarative_base

from .config import SECRET_FERNET_KEY

Base = declarative_base()
fernet = Fernet(SECRET_FERNET_KEY)


class User(Base):
    __tablename__ = "users"
    id = Column(Integer, primary_key=True)
    email = Column(String(255), unique=True)
    password_enc = Column(LargeBinary)

    def set_password(self, password):
        self.password_enc = fernet.encrypt(password.encode())

    def forgot_password_text(self):
        return "Your password is " + fernet.decrypt(self.password_enc).decode()
`,
  ),
  good(
    "CWE-257",
    "batch46: Fernet encrypts an uploaded document's contents, which is not a password",
    src`
from cryptography.fernet import Fernet

from .config import DOCS_KEY

fernet = Fernet(DOCS_KEY)


def store_document(storage, doc_id, content):
    """Keep uploaded contracts encrypted at rest."""
    storage.put(doc_id, fernet.encrypt(content))


def load_document(storage, doc_id):
    return fernet.decrypt(storage.get(doc_id))
`,
  ),
  good(
    "CWE-257",
    "batch46: Fernet encrypts a third-party OAuth refresh token the service must send back later",
    src`
import os

from cryptography.fernet import Fernet

fernet = Fernet(os.environ["TOKEN_KEY"])


def save_refresh_token(db, user_id, refresh_token):
    """The token is replayed to the provider, so it must be recoverable; keep it encrypted."""
    db.execute(
        "UPDATE users SET gh_refresh = ? WHERE id = ?",
        (fernet.encrypt(refresh_token.encode()), user_id),
    )
`,
  ),
  bad(
    "CWE-257",
    "batch46: reset mail sends the user's stored password after decrypting it with the RSA private key",
    src`
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding

OAEP = padding.OAEP(mgf=padding.MGF1(hashes.SHA256()), algorithm=hashes.SHA256(), label=None)


def store_password(db, user_id, password, public_key):
    db.execute("UPDATE users SET pw_blob = ? WHERE id = ?", (public_key.encrypt(password.encode(), OAEP), user_id))


def send_reminder(mailer, user, private_key):
    password = private_key.decrypt(user.pw_blob, OAEP).decode()
    mailer.send(user.email, "Password reminder", f"Your password is: {password}")
`,
  ),
  good(
    "CWE-257",
    "batch46: password reset mails a one-time link, the password is only hashed",
    src`
import hashlib
import secrets

from werkzeug.security import generate_password_hash


def store_password(db, user_id, password):
    db.execute("UPDATE users SET pw_hash = ? WHERE id = ?", (generate_password_hash(password), user_id))


def send_reset(db, mailer, user):
    token = secrets.token_urlsafe(32)
    digest = hashlib.sha256(token.encode()).hexdigest()
    db.execute("UPDATE users SET reset_digest = ? WHERE id = ?", (digest, user.id))
    mailer.send(user.email, "Reset your password", f"https://example.com/reset?t={token}")
`,
  ),
  bad(
    "CWE-256",
    "batch46: signup inserts the password column as typed",
    src`
import sqlite3


def signup(username, password):
    conn = sqlite3.connect("app.db")
    with conn:
        conn.execute("INSERT INTO users (username, password) VALUES (?, ?)", (username, password))
    conn.close()
`,
  ),
  good(
    "CWE-256",
    "batch46: signup stores a pbkdf2 hash with a random salt",
    src`
import hashlib
import os
import sqlite3


def signup(username, password):
    salt = os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)
    conn = sqlite3.connect("app.db")
    with conn:
        conn.execute(
            "INSERT INTO users (username, salt, pw_hash) VALUES (?, ?, ?)", (username, salt, digest)
        )
    conn.close()
`,
  ),
  bad(
    "CWE-311",
    "batch46: SQLAlchemy Patient model keeps the SSN in a plain String column set from the form",
    src`
from flask import request
from sqlalchemy import Column, Integer, String
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Patient(Base):
    __tablename__ = "patients"
    id = Column(Integer, primary_key=True)
    name = Column(String(120))
    ssn = Column(String(11))


def create_patient(session):
    p = Patient(name=request.form["name"], ssn=request.form["ssn"])
    session.add(p)
    session.commit()
    return p.id
`,
  ),
  good(
    "CWE-311",
    "batch46: Patient keeps only the last four SSN digits and an encrypted copy",
    src`
import os

from cryptography.fernet import Fernet
from flask import request
from sqlalchemy import Column, Integer, LargeBinary, String
from sqlalchemy.orm import declarative_base

Base = declarative_base()
fernet = Fernet(os.environ["PII_KEY"])


class Patient(Base):
    __tablename__ = "patients"
    id = Column(Integer, primary_key=True)
    name = Column(String(120))
    ssn_last4 = Column(String(4))
    ssn_enc = Column(LargeBinary)


def create_patient(session):
    ssn = request.form["ssn"]
    p = Patient(name=request.form["name"], ssn_last4=ssn[-4:], ssn_enc=fernet.encrypt(ssn.encode()))
    session.add(p)
    session.commit()
    return p.id
`,
  ),
  bad(
    "CWE-311",
    "batch46: export writes customers' passport numbers and birth dates to a CSV as they are",
    src`
import csv


def export_travellers(rows, path):
    """Export the booking's travellers for the partner airline."""
    with open(path, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["name", "date_of_birth", "passport_number"])
        for r in rows:
            w.writerow([r["name"], r["dob"], r["passport_number"]])
`,
  ),
  good(
    "CWE-311",
    "batch46: export writes names and booking references, no identity numbers",
    src`
import csv


def export_travellers(rows, path):
    """Export the booking's travellers for the seating plan."""
    with open(path, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["name", "booking_ref", "seat"])
        for r in rows:
            w.writerow([r["name"], r["booking_ref"], r["seat"]])
`,
  ),
  bad(
    "CWE-312",
    "batch46: Django view stores the full card number on the order model",
    src`
from django.http import JsonResponse

from .models import Order


def checkout(request):
    order = Order.objects.create(
        user=request.user,
        amount=request.POST["amount"],
        card_number=request.POST["card_number"],
        card_expiry=request.POST["expiry"],
    )
    return JsonResponse({"order": order.pk})
`,
  ),
  good(
    "CWE-312",
    "batch46: Django view stores the payment provider's token and the card's last four digits",
    src`
from django.http import JsonResponse

from .models import Order
from .payments import tokenize_card


def checkout(request):
    card = request.POST["card_number"]
    token = tokenize_card(card, request.POST["expiry"])
    order = Order.objects.create(
        user=request.user,
        amount=request.POST["amount"],
        card_token=token,
        card_last4=card[-4:],
    )
    return JsonResponse({"order": order.pk})
`,
  ),
  bad(
    "CWE-312",
    "batch46: Flask login keeps the password in the session cookie for re-authentication",
    src`
from flask import Flask, redirect, request, session

from .auth import check_credentials

app = Flask(__name__)
app.secret_key = "change-me-in-prod-0x9f3"


@app.post("/login")
def login():
    user, pw = request.form["user"], request.form["password"]
    if not check_credentials(user, pw):
        return "denied", 401
    session["user"] = user
    session["password"] = pw
    return redirect("/")
`,
  ),
  good(
    "CWE-312",
    "batch46: Flask login keeps only the user id in the session",
    src`
import os

from flask import Flask, redirect, request, session

from .auth import check_credentials

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET"]


@app.post("/login")
def login():
    user, pw = request.form["user"], request.form["password"]
    uid = check_credentials(user, pw)
    if uid is None:
        return "denied", 401
    session.clear()
    session["uid"] = uid
    return redirect("/")
`,
  ),
  bad(
    "CWE-312",
    "batch46: bot writes the token it was given into bot_config.txt beside the code",
    src`
def first_run_setup():
    token = input("Paste your bot token: ").strip()
    with open("bot_config.txt", "w") as f:
        f.write("token=" + token + "\n")
    return token
`,
  ),
  good(
    "CWE-312",
    "batch46: bot reads its token from the environment and writes nothing",
    src`
import os


def first_run_setup():
    token = os.environ.get("BOT_TOKEN")
    if not token:
        raise SystemExit("set BOT_TOKEN")
    return token
`,
  ),
  good(
    "CWE-312",
    "batch46: CLI writes the API base URL and output format to a dotfile",
    src`
import json
import os

CONF = os.path.expanduser("~/.acme.json")


def save_defaults(base_url, output_format):
    with open(CONF, "w") as f:
        json.dump({"base_url": base_url, "output": output_format}, f)
`,
  ),
  good(
    "CWE-312",
    "batch46: token cache stores the token's sha256 digest to spot revoked tokens",
    src`
import hashlib
import json


def remember_revoked(path, token):
    with open(path) as f:
        revoked = set(json.load(f))
    revoked.add(hashlib.sha256(token.encode()).hexdigest())
    with open(path, "w") as f:
        json.dump(sorted(revoked), f)
`,
  ),
  // ---------------- CWE-862 / 287 / 306 missing authentication and authorisation ----------------
  bad(
    "CWE-862",
    "batch46: FastAPI delete_user only depends on the DB session, no caller check",
    src`
from fastapi import APIRouter, Depends
from sqlalchemy.orm import Session

from .db import get_db
from .models import User

router = APIRouter(prefix="/users")


@router.delete("/{user_id}")
def delete_user(user_id: int, db: Session = Depends(get_db)):
    db.query(User).filter(User.id == user_id).delete()
    db.commit()
    return {"deleted": user_id}
`,
  ),
  good(
    "CWE-862",
    "batch46: FastAPI delete_user depends on the DB session and an admin user",
    src`
from fastapi import APIRouter, Depends
from sqlalchemy.orm import Session

from .auth import get_current_admin
from .db import get_db
from .models import User

router = APIRouter(prefix="/users")


@router.delete("/{user_id}")
def delete_user(user_id: int, db: Session = Depends(get_db), admin: User = Depends(get_current_admin)):
    db.query(User).filter(User.id == user_id).delete()
    db.commit()
    return {"deleted": user_id}
`,
  ),
  good(
    "CWE-862",
    "batch46: the router itself carries the admin dependency for every route",
    src`
from fastapi import APIRouter, Depends
from sqlalchemy.orm import Session

from .auth import require_admin
from .db import get_db
from .models import User

router = APIRouter(prefix="/admin/users", dependencies=[Depends(require_admin)])


@router.delete("/{user_id}")
def delete_user(user_id: int, db: Session = Depends(get_db)):
    db.query(User).filter(User.id == user_id).delete()
    db.commit()
    return {"deleted": user_id}
`,
  ),
  bad(
    "CWE-862",
    "batch46: FastAPI settings endpoint updates site-wide settings without any dependency",
    src`
from fastapi import FastAPI
from pydantic import BaseModel

from .store import settings_store

app = FastAPI()


class SiteSettings(BaseModel):
    registration_open: bool
    maintenance_mode: bool
    admin_email: str


@app.put("/admin/settings")
async def update_settings(body: SiteSettings):
    settings_store.save(body.dict())
    return body
`,
  ),
  good(
    "CWE-862",
    "batch46: the FastAPI app is created with a global dependency that checks an admin token",
    src`
from fastapi import Depends, FastAPI
from pydantic import BaseModel

from .auth import verify_admin_token
from .store import settings_store

app = FastAPI(dependencies=[Depends(verify_admin_token)])


class SiteSettings(BaseModel):
    registration_open: bool
    maintenance_mode: bool
    admin_email: str


@app.put("/admin/settings")
async def update_settings(body: SiteSettings):
    settings_store.save(body.dict())
    return body
`,
  ),
  bad(
    "CWE-862",
    "batch46: FastAPI route authenticates the caller but lets any user grant a role to any account",
    src`
from fastapi import Depends, FastAPI

from .auth import get_current_user
from .db import set_role
from .models import User

app = FastAPI()


@app.post("/users/{user_id}/role")
def grant_role(user_id: int, role: str, current: User = Depends(get_current_user)):
    set_role(user_id, role)
    return {"user_id": user_id, "role": role}
`,
  ),
  good(
    "CWE-862",
    "batch46: FastAPI route grants a role only when the current user is an admin",
    src`
from fastapi import Depends, FastAPI, HTTPException

from .auth import get_current_user
from .db import set_role
from .models import User

app = FastAPI()


@app.post("/users/{user_id}/role")
def grant_role(user_id: int, role: str, current: User = Depends(get_current_user)):
    if not current.is_admin:
        raise HTTPException(status_code=403, detail="admins only")
    set_role(user_id, role)
    return {"user_id": user_id, "role": role}
`,
  ),
  good(
    "CWE-862",
    "batch46: public FastAPI catalogue endpoints read products without login",
    src`
from fastapi import FastAPI

from .store import products

app = FastAPI()


@app.get("/health")
def health():
    return {"ok": True}


@app.get("/products/{pid}")
def product(pid: int):
    return products.get(pid)
`,
  ),
  bad(
    "CWE-306",
    "batch46: Flask app guards its pages with login_required but the reset-database route has none",
    src`
from flask import Flask
from flask_login import login_required

from .db import db, seed

app = Flask(__name__)


@app.route("/dashboard")
@login_required
def dashboard():
    return "ok"


@app.route("/maintenance/reset-db", methods=["POST"])
def reset_db():
    db.drop_all()
    db.create_all()
    seed()
    return "reset"
`,
  ),
  good(
    "CWE-306",
    "batch46: Flask reset-database route requires a logged-in admin",
    src`
from flask import Flask, abort
from flask_login import current_user, login_required

from .db import db, seed

app = Flask(__name__)


@app.route("/maintenance/reset-db", methods=["POST"])
@login_required
def reset_db():
    if not current_user.is_admin:
        abort(403)
    db.drop_all()
    db.create_all()
    seed()
    return "reset"
`,
  ),
  good(
    "CWE-306",
    "batch46: Flask blueprint checks the login in before_request for every admin route",
    src`
from flask import Blueprint, abort, session

from .db import db, seed

admin = Blueprint("admin", __name__, url_prefix="/admin")


@admin.before_request
def require_admin():
    if not session.get("is_admin"):
        abort(403)


@admin.route("/reset-db", methods=["POST"])
def reset_db():
    db.drop_all()
    db.create_all()
    seed()
    return "reset"
`,
  ),
  bad(
    "CWE-287",
    "batch46: Flask login signs in any existing user name without checking the password",
    src`
from flask import Flask, redirect, request
from flask_login import login_user

from .models import User

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    user = User.query.filter_by(username=request.form["username"]).first()
    if user:
        login_user(user)
        return redirect("/home")
    return "unknown user", 401
`,
  ),
  good(
    "CWE-287",
    "batch46: Flask login checks the password hash before login_user",
    src`
from flask import Flask, redirect, request
from flask_login import login_user
from werkzeug.security import check_password_hash

from .models import User

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    user = User.query.filter_by(username=request.form["username"]).first()
    if user and check_password_hash(user.pw_hash, request.form["password"]):
        login_user(user)
        return redirect("/home")
    return "invalid credentials", 401
`,
  ),
  bad(
    "CWE-287",
    "batch46: login calls check_password_hash but ignores its result",
    src`
from flask import Flask, request, session
from werkzeug.security import check_password_hash

from .models import User

app = Flask(__name__)


@app.post("/api/login")
def api_login():
    data = request.get_json()
    user = User.query.filter_by(email=data["email"]).first_or_404()
    check_password_hash(user.pw_hash, data["password"])
    session["uid"] = user.id
    return {"ok": True}
`,
  ),
  good(
    "CWE-287",
    "batch46: API login returns 401 when check_password_hash is false",
    src`
from flask import Flask, request, session
from werkzeug.security import check_password_hash

from .models import User

app = Flask(__name__)


@app.post("/api/login")
def api_login():
    data = request.get_json()
    user = User.query.filter_by(email=data["email"]).first()
    if user is None or not check_password_hash(user.pw_hash, data["password"]):
        return {"ok": False}, 401
    session["uid"] = user.id
    return {"ok": True}
`,
  ),
  bad(
    "CWE-287",
    "batch46: Django login view fetches the user by name and logs them in with no authenticate()",
    src`
from django.contrib.auth import login
from django.contrib.auth.models import User
from django.shortcuts import redirect, render


def login_view(request):
    if request.method == "POST":
        try:
            user = User.objects.get(username=request.POST["username"])
        except User.DoesNotExist:
            return render(request, "login.html", {"error": "no such user"})
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        return redirect("home")
    return render(request, "login.html")
`,
  ),
  good(
    "CWE-287",
    "batch46: Django login view uses authenticate() with the password",
    src`
from django.contrib.auth import authenticate, login
from django.shortcuts import redirect, render


def login_view(request):
    if request.method == "POST":
        user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
        if user is None:
            return render(request, "login.html", {"error": "invalid credentials"})
        login(request, user)
        return redirect("home")
    return render(request, "login.html")
`,
  ),
  bad(
    "CWE-287",
    "batch46: API accepts any non-empty X-API-Key header",
    src`
from functools import wraps

from flask import abort, request


def require_api_key(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        if not request.headers.get("X-API-Key"):
            abort(401)
        return view(*args, **kwargs)

    return wrapper
`,
  ),
  good(
    "CWE-287",
    "batch46: API key compared with hmac.compare_digest against the configured key",
    src`
import hmac
import os
from functools import wraps

from flask import abort, request

API_KEY = os.environ["API_KEY"]


def require_api_key(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        given = request.headers.get("X-API-Key", "")
        if not hmac.compare_digest(given, API_KEY):
            abort(401)
        return view(*args, **kwargs)

    return wrapper
`,
  ),
  bad(
    "CWE-287",
    "batch46: authenticate() accepts an empty password for any user",
    src`
import bcrypt


def authenticate(db, username, password):
    """Return the user id when the credentials are right."""
    row = db.execute("SELECT id, pw_hash FROM users WHERE username = ?", (username,)).fetchone()
    if row is None:
        return None
    if not password or bcrypt.checkpw(password.encode(), row[1]):
        return row[0]
    return None
`,
  ),
  good(
    "CWE-287",
    "batch46: authenticate() refuses an empty password and checks the bcrypt hash",
    src`
import bcrypt


def authenticate(db, username, password):
    """Return the user id when the credentials are right."""
    row = db.execute("SELECT id, pw_hash FROM users WHERE username = ?", (username,)).fetchone()
    if row is None or not password:
        return None
    if bcrypt.checkpw(password.encode(), row[1]):
        return row[0]
    return None
`,
  ),
  bad(
    "CWE-862",
    "batch46: Django view promotes any user to staff with no login or permission check",
    src`
from django.contrib.auth.models import User
from django.http import JsonResponse
from django.views.decorators.http import require_POST


@require_POST
def promote(request, user_id):
    User.objects.filter(pk=user_id).update(is_staff=True, is_superuser=True)
    return JsonResponse({"promoted": user_id})
`,
  ),
  good(
    "CWE-862",
    "batch46: Django promote view needs the change_user permission",
    src`
from django.contrib.auth.decorators import permission_required
from django.contrib.auth.models import User
from django.http import JsonResponse
from django.views.decorators.http import require_POST


@require_POST
@permission_required("auth.change_user", raise_exception=True)
def promote(request, user_id):
    User.objects.filter(pk=user_id).update(is_staff=True)
    return JsonResponse({"promoted": user_id})
`,
  ),
  bad(
    "CWE-862",
    "batch46: Flask route with login_required lets any logged-in user set another user's role",
    src`
from flask import Flask, request
from flask_login import login_required

from .models import User, db

app = Flask(__name__)


@app.route("/users/<int:uid>/role", methods=["POST"])
@login_required
def set_role(uid):
    user = User.query.get_or_404(uid)
    user.role = request.form["role"]
    db.session.commit()
    return {"uid": uid, "role": user.role}
`,
  ),
  good(
    "CWE-862",
    "batch46: Flask role route is wrapped in an admin_required decorator",
    src`
from flask import Flask, request
from flask_login import login_required

from .decorators import admin_required
from .models import User, db

app = Flask(__name__)


@app.route("/users/<int:uid>/role", methods=["POST"])
@login_required
@admin_required
def set_role(uid):
    user = User.query.get_or_404(uid)
    user.role = request.form["role"]
    db.session.commit()
    return {"uid": uid, "role": user.role}
`,
  ),
  bad(
    "CWE-306",
    "batch46: FastAPI internal endpoint runs database migrations for any caller",
    src`
import subprocess

from fastapi import FastAPI

app = FastAPI()


@app.post("/internal/migrate")
def migrate():
    out = subprocess.run(["alembic", "upgrade", "head"], capture_output=True, text=True)
    return {"rc": out.returncode, "log": out.stdout[-2000:]}
`,
  ),
  good(
    "CWE-306",
    "batch46: FastAPI migrate endpoint depends on an operator token",
    src`
import subprocess

from fastapi import Depends, FastAPI

from .auth import operator_token

app = FastAPI()


@app.post("/internal/migrate")
def migrate(_=Depends(operator_token)):
    out = subprocess.run(["alembic", "upgrade", "head"], capture_output=True, text=True)
    return {"rc": out.returncode, "log": out.stdout[-2000:]}
`,
  ),
  bad(
    "CWE-862",
    "batch46: FastAPI with an OAuth2 scheme declared but the password-change route does not use it",
    src`
from fastapi import FastAPI
from fastapi.security import OAuth2PasswordBearer
from pydantic import BaseModel

from .users import set_password

app = FastAPI()
oauth2_scheme = OAuth2PasswordBearer(tokenUrl="token")


class PasswordChange(BaseModel):
    user_id: int
    new_password: str


@app.post("/account/password")
def change_password(body: PasswordChange):
    set_password(body.user_id, body.new_password)
    return {"ok": True}
`,
  ),
  good(
    "CWE-862",
    "batch46: password-change route takes the user from the OAuth2 token",
    src`
from typing import Annotated

from fastapi import Depends, FastAPI
from fastapi.security import OAuth2PasswordBearer
from pydantic import BaseModel

from .users import set_password, user_from_token

app = FastAPI()
oauth2_scheme = OAuth2PasswordBearer(tokenUrl="token")


class PasswordChange(BaseModel):
    new_password: str


@app.post("/account/password")
def change_password(body: PasswordChange, token: Annotated[str, Depends(oauth2_scheme)]):
    user = user_from_token(token)
    set_password(user.id, body.new_password)
    return {"ok": True}
`,
  ),
  // ---------------- CWE-362 races ----------------
  bad(
    "CWE-362",
    "batch46: ThreadingTCPServer handler checks and debits a global balance dict without a lock",
    src`
import socketserver

balances = {"alice": 100, "bob": 50}


class BankHandler(socketserver.StreamRequestHandler):
    def handle(self):
        user, amount = self.rfile.readline().decode().split()
        amount = int(amount)
        if balances.get(user, 0) >= amount:
            balances[user] -= amount
            self.wfile.write(b"ok\n")
        else:
            self.wfile.write(b"insufficient\n")


if __name__ == "__main__":
    socketserver.ThreadingTCPServer(("0.0.0.0", 9000), BankHandler).serve_forever()
`,
  ),
  good(
    "CWE-362",
    "batch46: ThreadingTCPServer handler holds a lock around the balance check and debit",
    src`
import socketserver
import threading

balances = {"alice": 100, "bob": 50}
balances_lock = threading.Lock()


class BankHandler(socketserver.StreamRequestHandler):
    def handle(self):
        user, amount = self.rfile.readline().decode().split()
        amount = int(amount)
        with balances_lock:
            ok = balances.get(user, 0) >= amount
            if ok:
                balances[user] -= amount
        self.wfile.write(b"ok\n" if ok else b"insufficient\n")


if __name__ == "__main__":
    socketserver.ThreadingTCPServer(("0.0.0.0", 9000), BankHandler).serve_forever()
`,
  ),
  bad(
    "CWE-362",
    "batch46: Flask buy route checks and decrements a module-level stock dict",
    src`
from flask import Flask, jsonify, request

app = Flask(__name__)
inventory = {"widget": 5, "gadget": 2}


@app.post("/buy")
def buy():
    item = request.json["item"]
    qty = int(request.json["qty"])
    if inventory.get(item, 0) < qty:
        return jsonify(error="sold out"), 409
    inventory[item] = inventory[item] - qty
    return jsonify(left=inventory[item])
`,
  ),
  good(
    "CWE-362",
    "batch46: Flask buy route does the stock check and update in one conditional SQL UPDATE",
    src`
from flask import Flask, jsonify, request

from .db import get_conn

app = Flask(__name__)


@app.post("/buy")
def buy():
    item = request.json["item"]
    qty = int(request.json["qty"])
    conn = get_conn()
    with conn:
        cur = conn.execute(
            "UPDATE inventory SET stock = stock - ? WHERE item = ? AND stock >= ?", (qty, item, qty)
        )
    if cur.rowcount == 0:
        return jsonify(error="sold out"), 409
    return jsonify(ok=True)
`,
  ),
  bad(
    "CWE-362",
    "batch46: Account class has a lock that deposit takes but withdraw does not",
    src`
import threading


class Account:
    def __init__(self, balance=0):
        self.balance = balance
        self._lock = threading.Lock()

    def deposit(self, amount):
        with self._lock:
            self.balance += amount

    def withdraw(self, amount):
        if self.balance >= amount:
            self.balance -= amount
            return True
        return False
`,
  ),
  good(
    "CWE-362",
    "batch46: Account takes its lock in both deposit and withdraw",
    src`
import threading


class Account:
    def __init__(self, balance=0):
        self.balance = balance
        self._lock = threading.Lock()

    def deposit(self, amount):
        with self._lock:
            self.balance += amount

    def withdraw(self, amount):
        with self._lock:
            if self.balance >= amount:
                self.balance -= amount
                return True
            return False
`,
  ),
  bad(
    "CWE-362",
    "batch46: seat booking from a thread pool checks the booked set then adds to it",
    src`
from concurrent.futures import ThreadPoolExecutor

booked = set()


def book(seat, customer):
    if seat in booked:
        return f"{seat} taken"
    booked.add(seat)
    return f"{seat} booked for {customer}"


def run(requests):
    with ThreadPoolExecutor(max_workers=8) as pool:
        return list(pool.map(lambda r: book(*r), requests))
`,
  ),
  good(
    "CWE-362",
    "batch46: seat booking takes a lock around the check and the add",
    src`
import threading
from concurrent.futures import ThreadPoolExecutor

booked = set()
booked_lock = threading.Lock()


def book(seat, customer):
    with booked_lock:
        if seat in booked:
            return f"{seat} taken"
        booked.add(seat)
    return f"{seat} booked for {customer}"


def run(requests):
    with ThreadPoolExecutor(max_workers=8) as pool:
        return list(pool.map(lambda r: book(*r), requests))
`,
  ),
  good(
    "CWE-362",
    "batch46: single-threaded CLI updates a balance dict, no threads involved",
    src`
import sys

balances = {"alice": 100}


def main():
    user, amount = sys.argv[1], int(sys.argv[2])
    if balances.get(user, 0) >= amount:
        balances[user] -= amount
        print("ok")
    else:
        print("insufficient")


if __name__ == "__main__":
    main()
`,
  ),
  bad(
    "CWE-362",
    "batch46: aiohttp handler reads the balance, awaits a fraud check, then writes back the stale value",
    src`
from aiohttp import web

from .fraud import check_fraud

balances = {}


async def withdraw(request):
    data = await request.json()
    user, amount = data["user"], int(data["amount"])
    balance = balances.get(user, 0)
    if balance < amount:
        return web.json_response({"error": "insufficient"}, status=400)
    await check_fraud(user, amount)
    balances[user] = balance - amount
    return web.json_response({"balance": balances[user]})
`,
  ),
  good(
    "CWE-362",
    "batch46: aiohttp handler holds an asyncio.Lock across the check, the await and the write",
    src`
import asyncio

from aiohttp import web

from .fraud import check_fraud

balances = {}
balance_lock = asyncio.Lock()


async def withdraw(request):
    data = await request.json()
    user, amount = data["user"], int(data["amount"])
    async with balance_lock:
        balance = balances.get(user, 0)
        if balance < amount:
            return web.json_response({"error": "insufficient"}, status=400)
        await check_fraud(user, amount)
        balances[user] = balance - amount
        return web.json_response({"balance": balances[user]})
`,
  ),
  bad(
    "CWE-362",
    "batch46: redeem reads the coupon's uses and writes uses + 1 in two statements",
    src`
def redeem(conn, code):
    """Redeem a coupon that may be used at most max_uses times."""
    uses, max_uses = conn.execute("SELECT uses, max_uses FROM coupons WHERE code = %s", (code,)).fetchone()
    if uses >= max_uses:
        return False
    conn.execute("UPDATE coupons SET uses = %s WHERE code = %s", (uses + 1, code))
    conn.commit()
    return True
`,
  ),
  good(
    "CWE-362",
    "batch46: redeem locks the coupon row with SELECT ... FOR UPDATE",
    src`
def redeem(conn, code):
    """Redeem a coupon that may be used at most max_uses times."""
    with conn.transaction():
        uses, max_uses = conn.execute(
            "SELECT uses, max_uses FROM coupons WHERE code = %s FOR UPDATE", (code,)
        ).fetchone()
        if uses >= max_uses:
            return False
        conn.execute("UPDATE coupons SET uses = uses + 1 WHERE code = %s", (code,))
    return True
`,
  ),
  bad(
    "CWE-362",
    "batch46: threaded rate limiter checks and bumps a shared counter dict without a lock",
    src`
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

hits = {}
LIMIT = 100


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        ip = self.client_address[0]
        window = int(time.time() // 60)
        key = (ip, window)
        if hits.get(key, 0) >= LIMIT:
            self.send_error(429)
            return
        hits[key] = hits.get(key, 0) + 1
        self.send_response(200)
        self.end_headers()


ThreadingHTTPServer(("", 8080), Handler).serve_forever()
`,
  ),
  good(
    "CWE-362",
    "batch46: threaded handler builds its reply in local variables only",
    src`
import json
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        counts = {}
        for ch in self.path:
            counts[ch] = counts.get(ch, 0) + 1
        body = json.dumps(counts).encode()
        self.send_response(200)
        self.end_headers()
        self.wfile.write(body)


ThreadingHTTPServer(("", 8080), Handler).serve_forever()
`,
  ),
  good(
    "CWE-362",
    "batch46: worker threads hand results over a queue.Queue",
    src`
import queue
import threading

results = queue.Queue()


def worker(items):
    for it in items:
        results.put(it * 2)


def run(chunks):
    threads = [threading.Thread(target=worker, args=(c,)) for c in chunks]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return [results.get() for _ in range(results.qsize())]
`,
  ),
  // ---------------- CWE-538 files with secrets where the web server serves them ----------------
  bad(
    "CWE-538",
    "batch46: deploy script copies settings.ini with the DB password into the static folder",
    src`
import shutil
from pathlib import Path

APP = Path(__file__).parent


def publish_config():
    """Make the current configuration visible to the front-end."""
    shutil.copy(APP / "config" / "settings.ini", APP / "static" / "settings.ini")
`,
  ),
  good(
    "CWE-538",
    "batch46: deploy script copies the logo and favicon into the static folder",
    src`
import shutil
from pathlib import Path

APP = Path(__file__).parent


def publish_assets():
    for name in ("logo.svg", "favicon.ico"):
        shutil.copy(APP / "assets" / name, APP / "static" / name)
`,
  ),
  bad(
    "CWE-538",
    "batch46: debug helper dumps app.config to static/debug.json",
    src`
import json
import os

from flask import Flask

app = Flask(__name__)
app.config.from_envvar("APP_SETTINGS")


def dump_config():
    path = os.path.join(app.static_folder, "debug.json")
    with open(path, "w") as f:
        json.dump({k: str(v) for k, v in app.config.items()}, f)
`,
  ),
  good(
    "CWE-538",
    "batch46: front-end config with public feature flags only is written to static",
    src`
import json
import os

from flask import Flask

app = Flask(__name__)


def write_public_config():
    public = {"features": {"dark_mode": True, "beta_search": False}, "api_base": "/api/v1"}
    with open(os.path.join(app.static_folder, "config.json"), "w") as f:
        json.dump(public, f)
`,
  ),
  bad(
    "CWE-538",
    "batch46: backup job writes the database dump under the public web root",
    src`
import datetime
import subprocess

WEB_ROOT = "/var/www/html"


def nightly_backup():
    name = datetime.date.today().isoformat()
    with open(f"{WEB_ROOT}/backups/db-{name}.sql", "wb") as out:
        subprocess.run(["pg_dump", "shop"], stdout=out, check=True)
`,
  ),
  good(
    "CWE-538",
    "batch46: backup job writes the database dump to /var/backups with mode 0600",
    src`
import datetime
import os
import subprocess

BACKUP_DIR = "/var/backups/shop"


def nightly_backup():
    name = datetime.date.today().isoformat()
    path = os.path.join(BACKUP_DIR, f"db-{name}.sql")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as out:
        subprocess.run(["pg_dump", "shop"], stdout=out, check=True)
`,
  ),
  bad(
    "CWE-538",
    "batch46: the environment is written to public/env.json for the single-page app",
    src`
import json
import os


def export_env(public_dir="public"):
    """The SPA reads its settings from /env.json."""
    with open(os.path.join(public_dir, "env.json"), "w") as f:
        json.dump(dict(os.environ), f)
`,
  ),
  good(
    "CWE-538",
    "batch46: only PUBLIC_-prefixed variables are exported to public/env.json",
    src`
import json
import os


def export_env(public_dir="public"):
    """The SPA reads its settings from /env.json."""
    public = {k: v for k, v in os.environ.items() if k.startswith("PUBLIC_")}
    with open(os.path.join(public_dir, "env.json"), "w") as f:
        json.dump(public, f)
`,
  ),
  bad(
    "CWE-538",
    "batch46: the .env file is copied to the static folder as a downloadable backup",
    src`
import shutil

from django.conf import settings


def backup_env():
    shutil.copyfile(settings.BASE_DIR / ".env", settings.STATIC_ROOT / "env.backup")
`,
  ),
  good(
    "CWE-538",
    "batch46: the .env file is copied to a private backups folder outside the web root",
    src`
import os
import shutil

from django.conf import settings


def backup_env():
    dest = settings.BASE_DIR.parent / "private-backups" / "env.backup"
    shutil.copyfile(settings.BASE_DIR / ".env", dest)
    os.chmod(dest, 0o600)
`,
  ),
  bad(
    "CWE-538",
    "batch46: the application log with request bodies is written into the static folder",
    src`
import logging

from flask import Flask, request

app = Flask(__name__)
handler = logging.FileHandler("static/app.log")
app.logger.addHandler(handler)


@app.before_request
def log_request():
    app.logger.warning("%s %s %s", request.method, request.path, request.get_data(as_text=True))
`,
  ),
  good(
    "CWE-538",
    "batch46: the application log goes to /var/log/app",
    src`
import logging

from flask import Flask, request

app = Flask(__name__)
handler = logging.FileHandler("/var/log/app/app.log")
app.logger.addHandler(handler)


@app.before_request
def log_request():
    app.logger.info("%s %s", request.method, request.path)
`,
  ),
  // ---------------- CWE-754 privilege drops whose failure is swallowed ----------------
  bad(
    "CWE-754",
    "batch46: worker drops to www-data inside contextlib.suppress(PermissionError) and serves on",
    src`
import os
import pwd
from contextlib import suppress

from .server import serve


def main():
    sock = bind_port(80)
    pw = pwd.getpwnam("www-data")
    with suppress(PermissionError):
        os.setgroups([])
        os.setgid(pw.pw_gid)
        os.setuid(pw.pw_uid)
    serve(sock)


def bind_port(port):
    import socket

    s = socket.socket()
    s.bind(("", port))
    s.listen()
    return s
`,
  ),
  good(
    "CWE-754",
    "batch46: worker drops to www-data and lets a failure stop it",
    src`
import os
import pwd
import socket

from .server import serve


def main():
    s = socket.socket()
    s.bind(("", 80))
    s.listen()
    pw = pwd.getpwnam("www-data")
    os.setgroups([])
    os.setgid(pw.pw_gid)
    os.setuid(pw.pw_uid)
    serve(s)
`,
  ),
  bad(
    "CWE-754",
    "batch46: drop_root logs a warning when setuid fails and returns as if it worked",
    src`
import logging
import os

log = logging.getLogger(__name__)


def drop_root(uid, gid):
    try:
        os.setgid(gid)
        os.setuid(uid)
    except OSError as exc:
        log.warning("could not drop privileges: %s", exc)
`,
  ),
  good(
    "CWE-754",
    "batch46: drop_root exits when setuid fails",
    src`
import logging
import os
import sys

log = logging.getLogger(__name__)


def drop_root(uid, gid):
    try:
        os.setgid(gid)
        os.setuid(uid)
    except OSError as exc:
        log.critical("could not drop privileges: %s", exc)
        sys.exit(1)
`,
  ),
  bad(
    "CWE-754",
    "batch46: sandbox chroot failure is passed over and the job runs anyway",
    src`
import os
import subprocess


def run_job(jail, argv):
    pid = os.fork()
    if pid == 0:
        try:
            os.chroot(jail)
            os.chdir("/")
        except OSError:
            pass
        os.execv(argv[0], argv)
    return os.waitpid(pid, 0)
`,
  ),
  good(
    "CWE-754",
    "batch46: sandbox child exits with an error when chroot fails",
    src`
import os


def run_job(jail, argv):
    pid = os.fork()
    if pid == 0:
        try:
            os.chroot(jail)
            os.chdir("/")
        except OSError:
            os._exit(126)
        os.execv(argv[0], argv)
    return os.waitpid(pid, 0)
`,
  ),
  good(
    "CWE-754",
    "batch46: cleanup removes a temporary file inside suppress(FileNotFoundError)",
    src`
import os
from contextlib import suppress


def cleanup(tmp_path):
    with suppress(FileNotFoundError):
        os.remove(tmp_path)
`,
  ),
  good(
    "CWE-754",
    "batch46: stop_worker sends SIGTERM inside suppress(ProcessLookupError)",
    src`
import os
import signal
from contextlib import suppress


def stop_worker(pid):
    with suppress(ProcessLookupError):
        os.kill(pid, signal.SIGTERM)
`,
  ),
  bad(
    "CWE-754",
    "batch46: seteuid back to the user is wrapped in try/except Exception: pass before writing the user's file",
    src`
import os


def write_user_file(uid, path, data):
    """Runs as root; writes the file with the user's rights."""
    try:
        os.seteuid(uid)
    except Exception:
        pass
    try:
        with open(path, "w") as f:
            f.write(data)
    finally:
        os.seteuid(0)
`,
  ),
  good(
    "CWE-754",
    "batch46: write_user_file lets seteuid failure propagate",
    src`
import os


def write_user_file(uid, path, data):
    """Runs as root; writes the file with the user's rights."""
    os.seteuid(uid)
    try:
        with open(path, "w") as f:
            f.write(data)
    finally:
        os.seteuid(0)
`,
  ),
  // ---------------- CWE-96 Python settings written from input ----------------
  bad(
    "CWE-96",
    "batch46: admin form rewrites config.py from a %-template with the site name and debug flag",
    src`
from flask import Flask, request

app = Flask(__name__)
TEMPLATE = "SITE_NAME = '%s'\nDEBUG = %s\n"


@app.post("/admin/site")
def save_site():
    with open("instance/config.py", "w") as f:
        f.write(TEMPLATE % (request.form["site_name"], request.form["debug"]))
    return "saved; restart to apply"
`,
  ),
  good(
    "CWE-96",
    "batch46: admin form saves the site name and debug flag to JSON",
    src`
import json

from flask import Flask, request

app = Flask(__name__)


@app.post("/admin/site")
def save_site():
    data = {"SITE_NAME": request.form["site_name"], "DEBUG": request.form.get("debug") == "on"}
    with open("instance/config.json", "w") as f:
        json.dump(data, f)
    return "saved; restart to apply"
`,
  ),
  bad(
    "CWE-96",
    "batch46: plugin builder writes the user's formula into a module and imports it",
    src`
import importlib
import sys
from pathlib import Path

PLUGINS = Path("plugins")


def add_metric(name, formula):
    """Register a custom metric, e.g. formula = 'clicks / views'."""
    PLUGINS.mkdir(exist_ok=True)
    (PLUGINS / f"{name}.py").write_text(f"def compute(clicks, views, cost):\n    return {formula}\n")
    sys.path.insert(0, str(PLUGINS))
    return importlib.import_module(name).compute
`,
  ),
  good(
    "CWE-96",
    "batch46: metric formula chosen from a fixed table, nothing written as code",
    src`
FORMULAS = {
    "ctr": lambda clicks, views, cost: clicks / views if views else 0.0,
    "cpc": lambda clicks, views, cost: cost / clicks if clicks else 0.0,
}


def add_metric(name, kind):
    """Register a custom metric of a known kind."""
    return FORMULAS[kind]
`,
  ),
  bad(
    "CWE-96",
    "batch46: set_option writes NAME = value with the caller's key unchecked and repr() of the value",
    src`
def set_option(key, value, path="local_settings.py"):
    """Append an override; local_settings is imported by settings.py."""
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(f"{key} = {value!r}\n")
`,
  ),
  good(
    "CWE-96",
    "batch46: set_option accepts only known identifiers and writes repr() of a str value",
    src`
ALLOWED = {"SITE_TITLE", "ITEMS_PER_PAGE", "SUPPORT_EMAIL"}


def set_option(key, value, path="local_settings.py"):
    """Append an override; local_settings is imported by settings.py."""
    if key not in ALLOWED or not key.isidentifier():
        raise KeyError(key)
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(f"{key} = {str(value)!r}\n")
`,
  ),
  bad(
    "CWE-96",
    "batch46: installer writes the database URL the user typed into settings_local.py between quotes",
    src`
def write_local_settings(db_url, secret_key):
    lines = [
        'DATABASE_URL = "' + db_url + '"',
        'SECRET_KEY = "' + secret_key + '"',
    ]
    with open("settings_local.py", "w") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    write_local_settings(input("Database URL: "), input("Secret key: "))
`,
  ),
  good(
    "CWE-96",
    "batch46: generated settings module holds only constants computed by the installer",
    src`
import secrets


def write_local_settings():
    lines = [
        "SECRET_KEY = " + repr(secrets.token_urlsafe(50)),
        "DEBUG = False",
    ]
    with open("settings_local.py", "w") as f:
        f.write("\n".join(lines) + "\n")
`,
  ),
  // ---------------- CWE-93 CRLF into raw mail / HTTP headers ----------------
  bad(
    "CWE-93",
    "batch46: contact form builds raw mail headers with the visitor's name and subject",
    src`
import smtplib

from flask import Flask, request

app = Flask(__name__)


@app.post("/contact")
def contact():
    name, subject, body = request.form["name"], request.form["subject"], request.form["body"]
    msg = f"From: {name} <noreply@example.com>\r\nTo: support@example.com\r\nSubject: {subject}\r\n\r\n{body}"
    with smtplib.SMTP("localhost") as s:
        s.sendmail("noreply@example.com", ["support@example.com"], msg)
    return "sent"
`,
  ),
  good(
    "CWE-93",
    "batch46: contact form builds the mail with EmailMessage, which refuses CR/LF in headers",
    src`
import smtplib
from email.message import EmailMessage

from flask import Flask, request

app = Flask(__name__)


@app.post("/contact")
def contact():
    msg = EmailMessage()
    msg["From"] = "noreply@example.com"
    msg["To"] = "support@example.com"
    msg["Subject"] = request.form["subject"]
    msg.set_content(f"From {request.form['name']}:\n\n{request.form['body']}")
    with smtplib.SMTP("localhost") as s:
        s.send_message(msg)
    return "sent"
`,
  ),
  bad(
    "CWE-93",
    "batch46: notify() puts the caller's reply-to address into a %-built header block",
    src`
import smtplib


def notify(reply_to, subject, text):
    headers = "From: alerts@example.com\nReply-To: %s\nSubject: %s\n" % (reply_to, subject)
    server = smtplib.SMTP("mail.example.com", 25)
    server.sendmail("alerts@example.com", ["ops@example.com"], headers + "\n" + text)
    server.quit()
`,
  ),
  good(
    "CWE-93",
    "batch46: notify() rejects CR and LF in the reply-to and subject before building headers",
    src`
import smtplib


def notify(reply_to, subject, text):
    if any(c in reply_to + subject for c in "\r\n"):
        raise ValueError("line break in header value")
    headers = "From: alerts@example.com\nReply-To: %s\nSubject: %s\n" % (reply_to, subject)
    server = smtplib.SMTP("mail.example.com", 25)
    server.sendmail("alerts@example.com", ["ops@example.com"], headers + "\n" + text)
    server.quit()
`,
  ),
  bad(
    "CWE-93",
    "batch46: raw socket HTTP client puts the caller's user agent into the request headers",
    src`
import socket


def fetch_status(host, user_agent):
    req = f"GET /status HTTP/1.1\r\nHost: {host}\r\nUser-Agent: {user_agent}\r\nConnection: close\r\n\r\n"
    with socket.create_connection((host, 80)) as s:
        s.sendall(req.encode())
        return s.recv(4096)
`,
  ),
  good(
    "CWE-93",
    "batch46: HTTP client passes the user agent through http.client, which rejects line breaks",
    src`
import http.client


def fetch_status(host, user_agent):
    conn = http.client.HTTPConnection(host, 80, timeout=5)
    conn.request("GET", "/status", headers={"User-Agent": user_agent})
    return conn.getresponse().read(4096)
`,
  ),
  bad(
    "CWE-93",
    "batch46: http.server handler writes a raw Location line from the next parameter",
    src`
from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qs, urlparse


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        nxt = parse_qs(urlparse(self.path).query).get("next", ["/"])[0]
        self.wfile.write(b"HTTP/1.1 302 Found\r\n")
        self.wfile.write(("Location: " + nxt + "\r\n\r\n").encode("latin-1"))
`,
  ),
  good(
    "CWE-93",
    "batch46: http.server handler quotes the next parameter before the Location header",
    src`
from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qs, quote, urlparse


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        nxt = parse_qs(urlparse(self.path).query).get("next", ["/"])[0]
        if not nxt.startswith("/") or nxt.startswith("//"):
            nxt = "/"
        self.send_response(302)
        self.send_header("Location", quote(nxt, safe="/?=&"))
        self.end_headers()
`,
  ),
  bad(
    "CWE-93",
    "batch46: newsletter signup puts the subscriber's name into the To header of a raw message",
    src`
import smtplib


def send_welcome(smtp, name, email):
    message = "\r\n".join(
        [
            "From: news@example.com",
            f"To: {name} <{email}>",
            "Subject: Welcome!",
            "",
            "Thanks for subscribing.",
        ]
    )
    smtp.sendmail("news@example.com", [email], message)
`,
  ),
  good(
    "CWE-93",
    "batch46: newsletter uses formataddr and EmailMessage for the To header",
    src`
from email.message import EmailMessage
from email.utils import formataddr


def send_welcome(smtp, name, email):
    msg = EmailMessage()
    msg["From"] = "news@example.com"
    msg["To"] = formataddr((name, email))
    msg["Subject"] = "Welcome!"
    msg.set_content("Thanks for subscribing.")
    smtp.send_message(msg)
`,
  ),
  // ---------------- CWE-134 caller-chosen format strings ----------------
  bad(
    "CWE-134",
    "batch46: render_receipt applies the caller's %-format to vars(order), which holds the card token",
    src`
def render_receipt(order, fmt):
    """fmt is chosen by the shop owner in the dashboard, e.g. '%(id)s: %(total)s'."""
    return fmt % vars(order)
`,
  ),
  good(
    "CWE-134",
    "batch46: render_receipt picks one of the built-in formats and passes chosen fields",
    src`
FORMATS = {
    "short": "%(id)s: %(total)s",
    "long": "Order %(id)s, total %(total)s, placed %(placed)s",
}


def render_receipt(order, style):
    fields = {"id": order.id, "total": order.total, "placed": order.placed}
    return FORMATS[style] % fields
`,
  ),
  bad(
    "CWE-134",
    "batch46: notification template from the request is str.format()ed with the user object",
    src`
from flask import Flask, request
from flask_login import current_user

app = Flask(__name__)


@app.post("/preview")
def preview():
    tmpl = request.json["template"]
    return {"text": tmpl.format(user=current_user, app=app)}
`,
  ),
  good(
    "CWE-134",
    "batch46: notification template from the request is filled with string.Template safe_substitute",
    src`
from string import Template

from flask import Flask, request
from flask_login import current_user

app = Flask(__name__)


@app.post("/preview")
def preview():
    tmpl = Template(request.json["template"])
    return {"text": tmpl.safe_substitute(name=current_user.name, plan=current_user.plan)}
`,
  ),
  bad(
    "CWE-134",
    "batch46: log line format from the tenant's config is format_map()ed with the request environ",
    src`
def format_access_line(tenant_cfg, environ):
    """Each tenant may choose its access-log layout."""
    return tenant_cfg["log_format"].format_map(environ)
`,
  ),
  good(
    "CWE-134",
    "batch46: access line uses a constant format with selected environ keys",
    src`
def format_access_line(environ):
    return "{REMOTE_ADDR} {REQUEST_METHOD} {PATH_INFO}".format(
        REMOTE_ADDR=environ.get("REMOTE_ADDR", "-"),
        REQUEST_METHOD=environ.get("REQUEST_METHOD", "-"),
        PATH_INFO=environ.get("PATH_INFO", "-"),
    )
`,
  ),
  bad(
    "CWE-134",
    "batch46: vformat of a caller's template with the settings module in the namespace",
    src`
import string

from . import settings


def render_banner(template, username):
    return string.Formatter().vformat(template, (), {"user": username, "settings": settings})
`,
  ),
  good(
    "CWE-134",
    "batch46: a caller's message is logged as an argument, not as the format",
    src`
import logging

log = logging.getLogger("audit")


def audit(user, message):
    log.info("user %s: %s", user, message)
`,
  ),
  bad(
    "CWE-134",
    "batch46: email subject template from the admin form is %-formatted with the customer record dict",
    src`
from django.http import HttpResponse

from .models import Customer


def preview_subject(request, pk):
    customer = Customer.objects.values().get(pk=pk)
    return HttpResponse(request.POST["subject_format"] % customer)
`,
  ),
  good(
    "CWE-134",
    "batch46: subject built from a constant format with the customer's first name",
    src`
from django.http import HttpResponse

from .models import Customer


def preview_subject(request, pk):
    customer = Customer.objects.get(pk=pk)
    return HttpResponse("Hello %s, your order has shipped" % customer.first_name)
`,
  ),
  // ---------------- more insecure spellings ----------------
  bad(
    "CWE-190",
    "batch46: total upload size summed with dtype=np.uint16, which wraps before the limit check",
    src`
import numpy as np

MAX_TOTAL = 50_000


def check_batch(sizes):
    """Refuse a batch of attachments whose total size is over the limit."""
    total = np.array(sizes, dtype=np.uint16).sum(dtype=np.uint16)
    if total > MAX_TOTAL:
        raise ValueError("batch too large")
    return int(total)
`,
  ),
  bad(
    "CWE-190",
    "batch46: failed-login counter kept in a ctypes.c_uint8 wraps to 0 after 256 tries",
    src`
import ctypes

MAX_FAILS = 5


class Lockout:
    def __init__(self):
        self.failed = ctypes.c_uint8(0)

    def record_failure(self):
        self.failed = ctypes.c_uint8(self.failed.value + 1)

    def locked(self):
        return self.failed.value >= MAX_FAILS
`,
  ),
  bad(
    "CWE-191",
    "batch46: token ttl left computed as ctypes.c_ushort(ttl - elapsed), huge once expired",
    src`
import ctypes
import time


def ttl_left(issued_at, ttl):
    elapsed = int(time.time()) - issued_at
    return ctypes.c_ushort(ttl - elapsed).value


def token_valid(issued_at, ttl=900):
    return ttl_left(issued_at, ttl) > 0
`,
  ),
  bad(
    "CWE-681",
    "batch46: charge converts the amount through numpy float32 before taking cents",
    src`
import numpy as np


def to_cents(amount):
    """Convert a decimal amount string from the checkout form to integer cents."""
    return int(np.float32(amount) * 100)


def charge(gateway, card_token, amount):
    return gateway.charge(card_token, to_cents(amount))
`,
  ),
  bad(
    "CWE-312",
    "batch46: password kept in Redis under user:<id>:password as it was typed",
    src`
import redis

r = redis.Redis()


def save_credentials(user_id, username, password):
    r.set(f"user:{user_id}:username", username)
    r.set(f"user:{user_id}:password", password)
`,
  ),
  bad(
    "CWE-260",
    "batch46: deploy tool writes the registry password into deploy.toml",
    src`
import toml


def save_registry(path, url, user, password):
    data = toml.load(path)
    data["registry"] = {"url": url, "user": user, "password": password}
    with open(path, "w") as f:
        toml.dump(data, f)
`,
  ),
  bad(
    "CWE-311",
    "batch46: MongoDB customer document keeps the IBAN and national id as they are",
    src`
from pymongo import MongoClient

db = MongoClient()["crm"]


def add_customer(name, iban, national_id):
    return db.customers.insert_one({"name": name, "iban": iban, "national_id": national_id}).inserted_id
`,
  ),
  bad(
    "CWE-257",
    "batch46: passwords are base64-encoded before they are stored so they can be shown again",
    src`
import base64


def save_user(cur, login, password):
    encoded = base64.b64encode(password.encode()).decode()
    cur.execute("INSERT INTO users (login, password) VALUES (%s, %s)", (login, encoded))


def show_password(cur, login):
    cur.execute("SELECT password FROM users WHERE login = %s", (login,))
    return base64.b64decode(cur.fetchone()[0]).decode()
`,
  ),
  bad(
    "CWE-287",
    "batch46: bearer check accepts any Authorization header that contains the token as a substring",
    src`
import os

from flask import Flask, abort, request

app = Flask(__name__)
TOKEN = os.environ["ADMIN_TOKEN"]


@app.before_request
def check_token():
    if TOKEN not in request.headers.get("Authorization", "") and not request.path.startswith("/public"):
        abort(401)
`,
  ),
  bad(
    "CWE-306",
    "batch46: DRF account update view turns authentication and permissions off",
    src`
from rest_framework import generics
from rest_framework.permissions import AllowAny

from .models import Account
from .serializers import AccountSerializer


class AccountUpdate(generics.UpdateAPIView):
    queryset = Account.objects.all()
    serializer_class = AccountSerializer
    authentication_classes = []
    permission_classes = [AllowAny]
`,
  ),
  bad(
    "CWE-306",
    "batch46: Flask export of every user's e-mail has no login while the other routes do",
    src`
import csv
import io

from flask import Flask, Response
from flask_login import login_required

from .models import User

app = Flask(__name__)


@app.route("/profile")
@login_required
def profile():
    return "me"


@app.route("/api/users/export.csv")
def export_users():
    buf = io.StringIO()
    w = csv.writer(buf)
    for u in User.query.all():
        w.writerow([u.id, u.email, u.phone])
    return Response(buf.getvalue(), mimetype="text/csv")
`,
  ),
  bad(
    "CWE-362",
    "batch46: threaded Flask app hands out order numbers from a global counter read then bumped",
    src`
from flask import Flask, jsonify

app = Flask(__name__)
next_order_no = 1000


@app.post("/orders")
def create_order():
    global next_order_no
    order_no = next_order_no
    next_order_no = order_no + 1
    return jsonify(order_no=order_no)


if __name__ == "__main__":
    app.run(threaded=True)
`,
  ),
  bad(
    "CWE-538",
    "batch46: deploy step copies the deploy SSH key into the web root's downloads",
    src`
import shutil


def stage_release(release_dir):
    shutil.copytree(release_dir, "/var/www/html/downloads/latest", dirs_exist_ok=True)
    shutil.copy("/home/deploy/.ssh/id_ed25519", "/var/www/html/downloads/latest/deploy_key")
`,
  ),
  bad(
    "CWE-754",
    "batch46: setresuid failure is suppressed before the worker handles untrusted jobs",
    src`
import contextlib
import os

from .jobs import handle_jobs


def start_worker(uid):
    with contextlib.suppress(OSError):
        os.setresgid(uid, uid, uid)
        os.setresuid(uid, uid, uid)
    handle_jobs()
`,
  ),
  bad(
    "CWE-96",
    "batch46: theme editor writes the user's CSS into a triple-quoted string in theme_settings.py",
    src`
def save_theme(theme_name, custom_css):
    """theme_settings.py is imported by the app at start-up."""
    with open("theme_settings.py", "w") as f:
        f.write("THEME = %r\nCUSTOM_CSS = '''%s'''\n" % (theme_name, custom_css))
`,
  ),
  bad(
    "CWE-93",
    "batch46: Django feedback view concatenates the subject into a raw SMTP message",
    src`
import smtplib

from django.http import HttpResponse


def feedback(request):
    subject = request.POST.get("subject", "Feedback")
    text = request.POST.get("text", "")
    msg = "From: web@example.com\nTo: team@example.com\nSubject: " + subject + "\n\n" + text
    with smtplib.SMTP("localhost") as smtp:
        smtp.sendmail("web@example.com", ["team@example.com"], msg)
    return HttpResponse("thanks")
`,
  ),
  bad(
    "CWE-134",
    "batch46: report title template from the query is format()ed with **locals(), which hold the API key",
    src`
import os

from flask import Flask, request

app = Flask(__name__)


@app.get("/report")
def report():
    api_key = os.environ["REPORT_API_KEY"]
    region = request.args.get("region", "eu")
    title = request.args.get("title", "Report for {region}")
    return title.format(**locals())
`,
  ),
];
