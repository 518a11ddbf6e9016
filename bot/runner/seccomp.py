"""A small seccomp filter for the sandbox, as classic BPF bytes for ``bwrap --seccomp FD``.

Defence in depth, not the wall itself (the namespaces and limits are): drill code needs none of
these system calls, and each is a way to widen what the kernel exposes to it. Blocked with EPERM:
new namespaces (``unshare``, ``setns``, ``clone`` with a namespace flag; ``clone3`` says ENOSYS so
libc falls back to ``clone``), mounts, ``ptrace`` and cross-process memory access, keyrings, BPF,
perf events, userfaultfd, io_uring, kernel modules, kexec, reboot and friends. Any other
architecture's system calls (32-bit calls on x86-64, say) kill the process.
"""

from __future__ import annotations

import platform
import struct

_BLOCKED = (
    "unshare setns mount umount2 pivot_root chroot ptrace process_vm_readv process_vm_writev keyctl add_key "
    "request_key bpf perf_event_open userfaultfd io_uring_setup io_uring_enter io_uring_register kexec_load "
    "kexec_file_load init_module finit_module delete_module open_by_handle_at name_to_handle_at acct swapon "
    "swapoff reboot syslog quotactl fsopen fsconfig fsmount fspick move_mount open_tree mount_setattr"
).split()

# syscall numbers from the kernel's unistd headers: x86_64's own table, and the generic one aarch64 uses
_X86_64 = """unshare=272 setns=308 mount=165 umount2=166 pivot_root=155 chroot=161 ptrace=101 process_vm_readv=310
process_vm_writev=311 keyctl=250 add_key=248 request_key=249 bpf=321 perf_event_open=298 userfaultfd=323
io_uring_setup=425 io_uring_enter=426 io_uring_register=427 kexec_load=246 kexec_file_load=320 init_module=175
finit_module=313 delete_module=176 open_by_handle_at=304 name_to_handle_at=303 acct=163 swapon=167 swapoff=168
reboot=169 syslog=103 quotactl=179 fsopen=430 fsconfig=431 fsmount=432 fspick=433 move_mount=429 open_tree=428
mount_setattr=442 clone=56 clone3=435"""
_AARCH64 = """unshare=97 setns=268 mount=40 umount2=39 pivot_root=41 chroot=51 ptrace=117 process_vm_readv=270
process_vm_writev=271 keyctl=219 add_key=217 request_key=218 bpf=280 perf_event_open=241 userfaultfd=282
io_uring_setup=425 io_uring_enter=426 io_uring_register=427 kexec_load=104 kexec_file_load=294 init_module=105
finit_module=273 delete_module=106 open_by_handle_at=265 name_to_handle_at=264 acct=89 swapon=224 swapoff=225
reboot=142 syslog=116 quotactl=60 fsopen=430 fsconfig=431 fsmount=432 fspick=433 move_mount=429 open_tree=428
mount_setattr=442 clone=220 clone3=435"""


def _table(spec: str) -> dict[str, int]:
    return {name: int(nr) for name, nr in (pair.split("=") for pair in spec.split())}


_AUDIT_X86_64 = 0xC000003E
_ARCHES: dict[str, tuple[int, dict[str, int]]] = {
    "x86_64": (_AUDIT_X86_64, _table(_X86_64)),
    "aarch64": (0xC00000B7, _table(_AARCH64)),
}

_LD_W_ABS, _JEQ, _JGE, _JSET, _RET = 0x20, 0x15, 0x35, 0x45, 0x06
_ALLOW, _KILL = 0x7FFF0000, 0x80000000
_EPERM, _ENOSYS = 0x00050000 | 1, 0x00050000 | 38
_NEW_NAMESPACES = 0x7E020000  # CLONE_NEWNS | NEWCGROUP | NEWUTS | NEWIPC | NEWUSER | NEWPID | NEWNET
_X32_BIT = 0x40000000


def seccomp_program(machine: str | None = None) -> bytes | None:
    """The filter for this machine's architecture, or None where we have no syscall table."""
    arch = _ARCHES.get(machine or platform.machine())
    if arch is None:
        return None
    audit, nr = arch
    # instructions as (code, jump-if-true label, jump-if-false label, k); labels resolve to offsets
    prog: list[tuple[int, str | None, str | None, int]] = [
        (_LD_W_ABS, None, None, 4),  # seccomp_data.arch
        (_JEQ, None, "kill", audit),
        (_LD_W_ABS, None, None, 0),  # seccomp_data.nr
    ]
    if audit == _AUDIT_X86_64:
        prog.append((_JGE, "kill", None, _X32_BIT))
    prog += [(_JEQ, "deny", None, nr[name]) for name in _BLOCKED]
    prog += [
        (_JEQ, "clone", None, nr["clone"]),
        (_JEQ, "nosys", None, nr["clone3"]),
        (_RET, None, None, _ALLOW),
    ]
    labels = {"clone": len(prog)}
    prog += [
        (_LD_W_ABS, None, None, 16),  # args[0], low 32 bits: the clone flags
        (_JSET, "deny", None, _NEW_NAMESPACES),
        (_RET, None, None, _ALLOW),
    ]
    labels["deny"] = len(prog)
    prog.append((_RET, None, None, _EPERM))
    labels["nosys"] = len(prog)
    prog.append((_RET, None, None, _ENOSYS))
    labels["kill"] = len(prog)
    prog.append((_RET, None, None, _KILL))

    def offset(at: int, label: str | None) -> int:
        return 0 if label is None else labels[label] - at - 1

    return b"".join(
        struct.pack("=HBBI", code, offset(i, jt), offset(i, jf), k) for i, (code, jt, jf, k) in enumerate(prog)
    )
