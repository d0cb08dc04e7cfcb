/**
 * The seccomp filter every sandboxed program runs under: a deny-list of system calls that untrusted code has
 * no business making and that widen the kernel's attack surface or reach state no namespace isolates (the
 * kernel keyring, eBPF, io_uring, perf events, userfaultfd, module loading, the mount API, new user
 * namespaces, memory files whose total size no rlimit bounds). Everything else is allowed, so ordinary programs, threads, subprocesses and multiprocessing work.
 *
 * The filter is classic BPF in the form bubblewrap's `--seccomp FD` and prctl(PR_SET_SECCOMP) take: an array of
 * `struct sock_filter { u16 code; u8 jt; u8 jf; u32 k; }`. Written for x86-64 only; elsewhere there is no filter
 * (and `purpcode sandbox check` says so).
 */

/** The compiled filter's file name in the harness dir (/opt/purpcode inside the sandbox). */
export const SECCOMP_FILE_NAME = "seccomp.bpf";

const BPF_LD_W_ABS = 0x20;
const BPF_JMP_JEQ_K = 0x15;
const BPF_JMP_JGE_K = 0x35;
const BPF_JMP_JSET_K = 0x45;
const BPF_RET_K = 0x06;

const SECCOMP_RET_ALLOW = 0x7fff0000;
const SECCOMP_RET_ERRNO = 0x00050000;
const SECCOMP_RET_KILL_PROCESS = 0x80000000;
const EPERM = 1;
const ENOSYS = 38;

/** Offsets in `struct seccomp_data { int nr; u32 arch; u64 ip; u64 args[6]; }` (little-endian). */
const NR = 0;
const ARCH = 4;
const ARG0_LOW = 16;

const AUDIT_ARCH_X86_64 = 0xc000003e;
const X32_SYSCALL_BIT = 0x40000000;

/** Namespace flags that clone(2) may not be given: a new user namespace would hand the caller capabilities. */
const CLONE_NEWUSER = 0x10000000;
const CLONE_NEWNS = 0x00020000;

/** x86-64 system call numbers refused with EPERM. */
export const DENIED_X86_64: Readonly<Record<string, number>> = Object.freeze({
  // kernel keyring: shared by every namespace of a user
  add_key: 248,
  request_key: 249,
  keyctl: 250,
  // eBPF, perf events, userfaultfd, io_uring: large attack surface, no use in a test run
  bpf: 321,
  perf_event_open: 298,
  userfaultfd: 323,
  io_uring_setup: 425,
  io_uring_enter: 426,
  io_uring_register: 427,
  // anonymous memory files: no rlimit bounds their total size (256 descriptors x the file-size limit)
  memfd_create: 319,
  memfd_secret: 447,
  // the mount API, namespaces and root changes
  mount: 165,
  umount2: 166,
  pivot_root: 155,
  chroot: 161,
  unshare: 272,
  setns: 308,
  open_tree: 428,
  move_mount: 429,
  fsopen: 430,
  fsconfig: 431,
  fsmount: 432,
  fspick: 433,
  mount_setattr: 442,
  // the machine itself
  kexec_load: 246,
  kexec_file_load: 320,
  init_module: 175,
  finit_module: 313,
  delete_module: 176,
  reboot: 169,
  swapon: 167,
  swapoff: 168,
  syslog: 103,
  acct: 163,
  quotactl: 179,
  open_by_handle_at: 304,
  name_to_handle_at: 303,
  lookup_dcookie: 212,
  vhangup: 153,
});

const CLONE = 56;
/** clone3 passes its flags in memory a filter cannot read, so it answers ENOSYS and libc falls back to clone. */
const CLONE3 = 435;

function instruction(code: number, jt: number, jf: number, k: number): Buffer {
  const b = Buffer.alloc(8);
  b.writeUInt16LE(code, 0);
  b.writeUInt8(jt, 2);
  b.writeUInt8(jf, 3);
  b.writeUInt32LE(k >>> 0, 4);
  return b;
}

/** The compiled filter for this machine's architecture, or undefined where none is written. */
export function seccompFilter(arch: string = process.arch): Buffer | undefined {
  if (arch !== "x64") return undefined;
  const denied = Object.values(DENIED_X86_64);
  // Layout: arch check, x32 check, the deny-list, clone, clone3, allow, then the three verdicts.
  const verdicts = { eperm: 0, enosys: 0, kill: 0 };
  const body: Array<(at: number) => Buffer> = [];
  body.push(() => instruction(BPF_LD_W_ABS, 0, 0, ARCH));
  body.push((at) => jumpTo(at, "kill", false, BPF_JMP_JEQ_K, AUDIT_ARCH_X86_64));
  body.push(() => instruction(BPF_LD_W_ABS, 0, 0, NR));
  body.push((at) => jumpTo(at, "enosys", true, BPF_JMP_JGE_K, X32_SYSCALL_BIT));
  for (const nr of denied) body.push((at) => jumpTo(at, "eperm", true, BPF_JMP_JEQ_K, nr));
  body.push((at) => jumpTo(at, "enosys", true, BPF_JMP_JEQ_K, CLONE3));
  // clone with a new user or mount namespace: load its first argument, test the flags.
  body.push(() => instruction(BPF_JMP_JEQ_K, 0, 2, CLONE));
  body.push(() => instruction(BPF_LD_W_ABS, 0, 0, ARG0_LOW));
  body.push((at) => jumpTo(at, "eperm", true, BPF_JMP_JSET_K, CLONE_NEWUSER | CLONE_NEWNS));
  body.push(() => instruction(BPF_RET_K, 0, 0, SECCOMP_RET_ALLOW));
  verdicts.eperm = body.length;
  verdicts.enosys = body.length + 1;
  verdicts.kill = body.length + 2;

  /** A conditional jump from instruction `at` to a verdict, taken when the test is true (or false). */
  function jumpTo(
    at: number,
    verdict: keyof typeof verdicts,
    whenTrue: boolean,
    code: number,
    k: number,
  ): Buffer {
    const offset = verdicts[verdict] - at - 1;
    if (offset < 0 || offset > 255) throw new Error("seccomp filter: jump out of range");
    return whenTrue ? instruction(code, offset, 0, k) : instruction(code, 0, offset, k);
  }

  const program = body.map((make, at) => make(at));
  program.push(instruction(BPF_RET_K, 0, 0, SECCOMP_RET_ERRNO | EPERM));
  program.push(instruction(BPF_RET_K, 0, 0, SECCOMP_RET_ERRNO | ENOSYS));
  program.push(instruction(BPF_RET_K, 0, 0, SECCOMP_RET_KILL_PROCESS));
  return Buffer.concat(program);
}
