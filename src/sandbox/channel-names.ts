/** Chinese names of the channel types, as the console and the classic/V2 lists show them. */
export const CHANNEL_NAMES: Record<string, string> = {
  CN_OTP: '验证码',
  CN_NTC: '通知',
  CN_MKT: '营销',
  CN_VMS: '视频短信',
  I18N_OTP: '国际验证码',
  I18N_MKT: '国际营销',
};
