; Included by electron-builder's NSIS installer (nsis.include). Backtalk's provisioning folder,
; %ProgramData%\Backtalk, where provision.json (which can hold the staff PIN hash) lives: only
; SYSTEM and Administrators may change it; users (the kiosk account) may read it. ProgramData's
; inherited rights would let any user create files there, so inheritance is removed.
; SIDs, not names, so it works on every Windows language:
;   S-1-5-18 SYSTEM, S-1-5-32-544 Administrators, S-1-5-32-545 Users.
; A crash dump of the kiosk would hold whatever was in memory, a patient's answers included.
; Backtalk never starts Electron's own crash reporter (Crashpad writes nothing without it), and
; here the installer takes Backtalk.exe out of Windows Error Reporting, which would otherwise
; queue a dump of it under ProgramData. WER's LocalDumps are off unless IT configures them
; (docs/INSTALL.md says not to for Backtalk.exe). The app is 64-bit, so the 64-bit registry view.

!macro customInstall
  CreateDirectory "$COMMONAPPDATA\Backtalk"
  nsExec::ExecToLog '"$SYSDIR\icacls.exe" "$COMMONAPPDATA\Backtalk" /inheritance:r /grant:r "*S-1-5-18:(OI)(CI)F" "*S-1-5-32-544:(OI)(CI)F" "*S-1-5-32-545:(OI)(CI)RX"'
  Pop $0
  ${If} $0 != 0
    DetailPrint "Backtalk: could not restrict $COMMONAPPDATA\Backtalk (icacls exit $0); see docs/INSTALL.md"
  ${EndIf}
  SetRegView 64
  WriteRegDWORD HKLM "SOFTWARE\Microsoft\Windows\Windows Error Reporting\ExcludedApplications" "Backtalk.exe" 1
!macroend

!macro customUnInstall
  SetRegView 64
  DeleteRegValue HKLM "SOFTWARE\Microsoft\Windows\Windows Error Reporting\ExcludedApplications" "Backtalk.exe"
!macroend
