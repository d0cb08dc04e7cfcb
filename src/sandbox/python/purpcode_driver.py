import purpcode_limits, purpcode_driving
purpcode_limits.apply()
purpcode_driving.main()
