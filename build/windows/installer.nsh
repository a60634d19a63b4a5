; Included by electron-builder's NSIS installer (build/electron-builder.config.cjs, nsis.include).
; A crash dump of the kiosk would hold whatever was in memory, a patient's answers included.
; Backtalk never starts Electron's own crash reporter (Crashpad writes nothing without it), and
; here the installer takes Backtalk.exe out of Windows Error Reporting, which would otherwise
; queue a dump of it under ProgramData. WER's LocalDumps are off unless IT configures them
; (docs/INSTALL.md says not to for Backtalk.exe). The app is 64-bit, so the 64-bit registry view.

!macro customInstall
  SetRegView 64
  WriteRegDWORD HKLM "SOFTWARE\Microsoft\Windows\Windows Error Reporting\ExcludedApplications" "Backtalk.exe" 1
!macroend

!macro customUnInstall
  SetRegView 64
  DeleteRegValue HKLM "SOFTWARE\Microsoft\Windows\Windows Error Reporting\ExcludedApplications" "Backtalk.exe"
!macroend
