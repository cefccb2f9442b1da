/**
 * A 区域绩效目标表 may give the whole area's target its own column (全省目标值) and put the counties' columns under a
 * head of their own: 分地区目标值, 分县（市、区）目标值, 各县（市、区）指标值, 分解目标值. The columns under such a head are
 * the recipients' targets, as they are under one 指标值 spanning them all.
 */
import { foldHeader } from './headers';

const AREA_HEAD = /^(分|各)(地区|区域|地市|市州|县|县区|县市区|市县|市|区|乡镇|镇)?(\([^)]*\))?(年度)?(分解)?(目标值|指标值)$|^分解(目标值|指标值)$/;

export function areaHead(t: string): boolean {
  return !!t && AREA_HEAD.test(foldHeader(t));
}
